import { testTheorem } from '../../src/harness/vitest.ts';
import { spectralFilters } from './spectral-filters.ts';

testTheorem(spectralFilters);
