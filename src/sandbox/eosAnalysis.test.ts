import { describe, expect, test } from 'vitest';
import type { EdgeOfStabilityRun } from './edgeOfStability.ts';
import { readEdgeOfStability } from './eosAnalysis.ts';

/** A designed run: η = 1 (2/η = 2), 100 steps, sharpness every 10 steps. */
function designedRun(sharpness: number[], losses: number[]): EdgeOfStabilityRun {
  return {
    settings: {
      seed: 0,
      stepSize: 1,
      numSteps: 100,
      width: 1,
      degree: 4,
      numPoints: 2,
      sharpnessEvery: 10,
    },
    threshold: 2,
    losses: Float64Array.from(losses),
    completedSteps: losses.length - 1,
    sharpnessSteps: sharpness.map((_, k) => 10 * k),
    sharpness,
    residuals: sharpness.map(() => 0),
    hvpCount: 0,
  };
}

const rising = [1, 1.2, 1.4, 1.6, 1.8, 2.0, 2.02, 1.98, 2.04, 2.0, 2.02];
// falls to step 50, then a saw-tooth that still falls over the long run
const sawTooth = Array.from({ length: 101 }, (_, t) =>
  t <= 50 ? 1 - t / 100 : (0.5 - (t - 50) / 200) * (t % 2 ? 1.05 : 1),
);

describe('readEdgeOfStability', () => {
  test('reads every part of the pattern on a designed edge-of-stability run', () => {
    const r = readEdgeOfStability(designedRun(rising, sawTooth));
    expect(r.crossingStep).toBe(50);
    expect(r.parts).toEqual({
      startsBelow: true,
      sharpens: true,
      inBand: true,
      nonMonotone: true,
      fallsLongRun: true,
    });
  });

  test('a monotone loss fails the non-monotone part', () => {
    const monotone = Array.from({ length: 101 }, (_, t) => 1 - t / 200);
    expect(readEdgeOfStability(designedRun(rising, monotone)).parts.nonMonotone).toBe(false);
  });

  test('a sharpness that never reaches 2/η fails the sharpening part', () => {
    const flat = rising.map((s) => Math.min(s, 1.5));
    const r = readEdgeOfStability(designedRun(flat, sawTooth));
    expect(r.crossingStep).toBe(-1);
    expect(r.parts.sharpens).toBe(false);
    expect(r.holds).toBe(false);
  });

  test('a sharpness that runs away past 1.3·2/η fails the band', () => {
    const runaway = [1, 1.2, 1.4, 1.6, 1.8, 2.0, 2.4, 2.8, 3.2, 3.6, 4.0];
    expect(readEdgeOfStability(designedRun(runaway, sawTooth)).parts.inBand).toBe(false);
  });
});
