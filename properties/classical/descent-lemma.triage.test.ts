/**
 * Triage on family 1: a failure at rounding level is told apart from a real violation by the
 * descent lemma's double-double recheck (and, without it, by rounding-level perturbations).
 */
import { describe, expect, test } from 'vitest';
import { fixturesOf } from '../../src/harness/fixtures.ts';
import type { AnyClaim, Verdict } from '../../src/harness/theorem.ts';
import { triageFailure } from '../../src/harness/triage.ts';
import { descentLemma } from './descent-lemma.ts';

// the lemma with no rounding allowance at all: decrease ≥ η(1 − Lη/2)‖∇f‖² compared bit for bit
const strictCheck = (instance: Parameters<typeof descentLemma.check>[0]): Verdict => {
  const v = descentLemma.check(instance);
  return { ...v, holds: v.lhs >= v.rhs, relation: `${v.relation} (no rounding allowance)` };
};
const strict: AnyClaim = { ...descentLemma, check: strictCheck };
const { recheck: _dropped, ...strictWithoutRecheck } = strict;

// on the top eigenvector the lemma is an equality, so double rounding decides the strict check
function equalityCaseFailingInDouble() {
  for (let k = 1; k < 400; k++) {
    const instance = {
      problem: { spectrum: [3], start: [1 + k / 7], basisSeed: null },
      stepTimesL: 0.37 + k / 301,
      numSteps: 1,
    };
    if (!strictCheck(instance).holds) return instance;
  }
  throw new Error('no rounding-level failure found in 400 equality cases');
}

describe('classical/descent-lemma — counterexample triage', () => {
  test('a failure only at rounding level (equality case, no allowance) is triaged as rounding', () => {
    const instance = equalityCaseFailingInDouble();
    const verdict = strictCheck(instance);
    const byRecheck = triageFailure(strict, instance, verdict, 1);
    expect(byRecheck.method).toBe('recheck');
    expect(byRecheck.classification).toBe('rounding');
    expect(byRecheck.gapInEpsilons).toBeLessThan(16);
    expect(byRecheck.nearestHypothesis?.hypothesis).toBe('η > 0'); // η·L ≈ 0.37: nearer 0 than 2
    const byPerturbation = triageFailure(strictWithoutRecheck, instance, verdict, 1);
    expect(byPerturbation.method).toBe('perturbation');
    expect(byPerturbation.classification).toBe('rounding');
  });

  test("the control's stored witness (η·L > 2) is triaged as genuine, both ways", () => {
    const control = descentLemma.controls[0];
    const stored = fixturesOf(descentLemma.theoremId).find((f) => f.fixture.claimId === control.id);
    expect(stored).toBeDefined();
    const instance = stored!.fixture.instance;
    const verdict = control.check(instance);
    expect(verdict.holds).toBe(false);
    expect(triageFailure(control, instance, verdict, 1).classification).toBe('genuine');
    const { recheck: _r, ...withoutRecheck } = control;
    const fallback = triageFailure(withoutRecheck, instance, verdict, 1);
    expect(fallback.method).toBe('perturbation');
    expect(fallback.perturbation?.flipped).toBe(0);
    expect(fallback.classification).toBe('genuine');
  });
});
