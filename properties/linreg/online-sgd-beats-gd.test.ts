import { testTheorem } from '../../src/harness/vitest.ts';
import { onlineSgdBeatsGd } from './online-sgd-beats-gd.ts';

testTheorem(onlineSgdBeatsGd);
