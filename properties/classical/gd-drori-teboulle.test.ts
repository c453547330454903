import { testTheorem } from '../../src/harness/vitest.ts';
import { gdDroriTeboulle } from './gd-drori-teboulle.ts';

testTheorem(gdDroriTeboulle);
