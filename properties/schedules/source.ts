/** The source shared by the schedules family (THEOREMS.md family 4). */
import type { Source } from '../../src/harness/theorem.ts';

export const SCHEDULES_SOURCE: Source = {
  authors: 'A. Meterez, D. Morwani, J. Wu, C.-A. Oncescu, C. Pehlevan, S. Kakade',
  title: 'Seesaw: accelerating training by balancing learning rate and batch size scheduling',
  venue: 'ICLR',
  year: 2026,
  locator: '',
  arxiv: '2510.14717',
};
