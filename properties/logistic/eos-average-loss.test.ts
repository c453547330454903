import { testTheorem } from '../../src/harness/vitest.ts';
import { eosAverageLoss } from './eos-average-loss.ts';

testTheorem(eosAverageLoss);
