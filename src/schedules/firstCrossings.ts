/**
 * First steps at which constant-(η, B) SGD brings its exact expected risk (O4) below each of
 * several targets, with an early exit that is a proof, not a heuristic.
 *
 * Stationary point. For constant (η, B) below the stability limit the O4 map c ↦ Mc + n has the
 * fixed point c* with a_i = (1 − ηλ_i)² + η²λ_i²/B and
 *   q = (η²/B)·Σ m_i λ_i²/(1 − a_i),   S* = σ²·q/(1 − q),   c*_i = (η²λ_i/B)(S* + σ²)/(1 − a_i).
 * M is entrywise ≥ 0 and Mc* + n = c*, so c ≥ (1 − δ)c* implies Mc + n ≥ (1 − δ)c*: once every
 * coordinate is within a factor (1 − δ) of c*, the risk stays ≥ (1 − δ)S* for ever, and every
 * target below that is certified unreachable. The run proceeds in chunks and stops there.
 */
import { sgdRisk } from '../risk/sgdRisk.ts';
import type { LinearProblem } from './scheduleRisk.ts';

const CHUNK = 256;
const DELTA = 1e-3;

function stationary(problem: LinearProblem, eta: number, batch: number) {
  const { eigenvalues, multiplicities } = problem.spectrum;
  const invB = 1 / batch;
  const gap = eigenvalues.map((l) => 1 - ((1 - eta * l) ** 2 + eta * eta * l * l * invB));
  if (gap.some((g) => !(g > 0))) return null;
  let q = 0;
  eigenvalues.forEach((l, g) => (q += (eta * eta * invB * multiplicities[g] * l * l) / gap[g]));
  if (!(q < 1)) return null;
  const S = (problem.noiseVariance * q) / (1 - q);
  const c = eigenvalues.map(
    (l, g) => (eta * eta * l * invB * (S + problem.noiseVariance)) / gap[g],
  );
  return { S, c };
}

/** crossings[j] = first t ≤ budget with E[risk(θ_t)] ≤ targets[j], or Infinity. */
export function firstCrossings(
  problem: LinearProblem,
  eta: number,
  batch: number,
  targets: readonly number[],
  budget: number,
): number[] {
  const crossings = targets.map(() => Infinity);
  const fixed = stationary(problem, eta, batch);
  const lowest = Math.min(...targets);
  let moments = problem.initialSecondMoments;
  for (let start = 0; start <= budget; start += CHUNK) {
    const numSteps = Math.min(CHUNK, budget - start);
    const run = sgdRisk({
      ...problem,
      initialSecondMoments: moments,
      stepSizes: eta,
      batchSizes: batch,
      numSteps,
      stopBelow: lowest,
    });
    const end = run.stoppedAt ?? (run.divergedAt !== null ? run.divergedAt - 1 : numSteps);
    targets.forEach((target, j) => {
      if (Number.isFinite(crossings[j])) return;
      for (let t = 0; t <= end; t++) {
        if (run.risk[t] <= target) {
          crossings[j] = start + t;
          break;
        }
      }
    });
    if (run.stoppedAt !== null || run.divergedAt !== null || numSteps < CHUNK) break;
    moments = Array.from(run.finalSecondMoments);

    // certificate: every coordinate within (1 − δ) of c*, all open targets below (1 − δ)S*
    if (fixed !== null && moments.every((c, g) => c >= (1 - DELTA) * fixed.c[g])) {
      const open = targets.filter((_, j) => !Number.isFinite(crossings[j]));
      if (open.every((target) => target < (1 - DELTA) * fixed.S)) break;
    }
  }
  return crossings;
}
