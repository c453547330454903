/**
 * Figures of the linear-regression family (plain data, pure functions of the seed):
 *   - risk curves of GD over t and ridge over λ on one axis, ηt = 1/λ, for a few instances;
 *   - the tuned-risk ratio ridge* / GD* against n with its fitted exponent and the theory's;
 *   - the constants: c_GD(t) against t, c*, the calibrated C, and the observed ratios.
 */
import * as fc from 'fast-check';
import type { Figure } from '../../src/report/figure.ts';
import { cGD, cStar } from '../../src/linreg/constants.ts';
import { sampleDesign } from '../../src/linreg/design.ts';
import { materializeLinreg } from '../../src/linreg/instance.ts';
import type { LinregInstance } from '../../src/linreg/instance.ts';
import { fitLogLog } from '../../src/numeric/rateFit.ts';
import { gdFilter, ridgeFilter } from '../../src/risk/filters.ts';
import { spectralDesign } from '../../src/risk/spectralDesign.ts';
import { spectralRisk, topEigenvalue } from '../../src/risk/spectralRisk.ts';
import { CALIBRATED_C } from './gd-dominates-ridge.ts';
import { comparisonsOf, statisticalArbitrary } from './gd-dominates-ridge-setting.ts';
import { separationSweep } from './ridge-polynomially-worse.ts';

const CURVE_INSTANCES: ReadonlyArray<{ name: string; instance: LinregInstance }> = [
  {
    name: 'power law a = 1.5, θ* = e₁',
    instance: {
      spectrum: { kind: 'power', exponent: 1.5, dimension: 200 },
      theta: { kind: 'e1' },
      signal: 1,
      noiseVariance: 1,
      sampleSize: 100,
    },
  },
  {
    name: 'spiked (3 spikes) over 0.01, random θ*',
    instance: {
      spectrum: { kind: 'spiked', spikes: [0.5, 0.3, 0.2], level: 0.01, dimension: 200 },
      theta: { kind: 'random', seed: 1 },
      signal: 1,
      noiseVariance: 0.25,
      sampleSize: 100,
    },
  },
  {
    name: 'power law a = 2 + flat tail 0.005, source θ*',
    instance: {
      spectrum: { kind: 'power-flat', exponent: 2, head: 10, level: 0.005, dimension: 200 },
      theta: { kind: 'source', exponent: 1, seed: 2 },
      signal: 1,
      noiseVariance: 0.5,
      sampleSize: 100,
    },
  },
];

export function riskCurves(seed: number): Figure {
  const series = CURVE_INSTANCES.flatMap(({ name, instance }) => {
    const problem = materializeLinreg(instance);
    const X = sampleDesign(problem.spectrum, instance.sampleSize, seed);
    const design = spectralDesign(X, problem.spectrum, problem.thetaStar);
    const eta = 1 / topEigenvalue(design);
    const times = Array.from({ length: 49 }, (_, k) => Math.pow(10, -1 + k / 8));
    // below one full step (ηt < 1/s_max) GD stops after one step of size ηt
    const gdAt = (x: number) => {
      const t = Math.max(1, Math.round(x / eta));
      const filter = x < eta ? gdFilter(x, 1) : gdFilter(eta, t);
      return {
        x: x < eta ? x : eta * t,
        risk: spectralRisk(design, filter, problem.noiseVariance).risk,
      };
    };
    const gd = times.map(gdAt);
    return [
      { name: `GD — ${name}`, x: gd.map((p) => p.x), y: gd.map((p) => p.risk) },
      {
        name: `ridge — ${name}`,
        x: times,
        y: times.map((x) => spectralRisk(design, ridgeFilter(1 / x), problem.noiseVariance).risk),
      },
    ];
  });
  return {
    id: 'linreg/risk-curves',
    title: 'Risk of GD over ηt and of ridge over 1/λ, one design each (n = 100, d = 200)',
    xLabel: 'ηt = 1/λ',
    yLabel: 'E[risk | X]',
    xScale: 'log',
    yScale: 'log',
    series,
    caption:
      'Exact conditional risks (O3). At ηt = 1/λ, GD’s curve lies below or near ridge’s; its minimum is lower.',
  };
}

function tunedRatio(seed: number): Figure {
  const series = [1.5, 2].flatMap((a) => {
    const sweep = separationSweep(a, seed);
    const ns = sweep.map((p) => p.n);
    const ratios = sweep.map((p) => p.ridgeRisk / p.gdRisk);
    const fit = fitLogLog(ns, ratios, { seed });
    return [
      { name: `a = ${a}: ridge*/GD*`, x: ns, y: ratios, mark: 'point' as const },
      {
        name: `a = ${a}: fit n^${fit.slope.toFixed(3)} [${fit.slopeLow.toFixed(3)}, ${fit.slopeHigh.toFixed(3)}], theory n^${(1 / (2 * a + 1)).toFixed(3)}`,
        x: ns,
        y: ns.map((n) => Math.exp(fit.intercept) * Math.pow(n, fit.slope)),
      },
    ];
  });
  return {
    id: 'linreg/tuned-ratio-vs-n',
    title: 'Tuned ridge over tuned GD against n (λ_i = i^(−a), θ* = e₁, σ² = 1, d = 2n)',
    xLabel: 'n',
    yLabel: 'ridge*/GD*',
    xScale: 'log',
    yScale: 'log',
    series,
    caption:
      'Design-averaged tuned risks (4 designs); fitted exponent with 95% bootstrap interval beside 1/(2a+1).',
  };
}

export function constantsFigure(seed: number): Figure {
  const ts = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 1000];
  const observed = new Map<number, number>();
  for (const instance of fc.sample(statisticalArbitrary, { seed, numRuns: 60 })) {
    for (const c of comparisonsOf(instance, 5)) {
      const key = ts.reduce((best, t) =>
        Math.abs(Math.log(t / c.numSteps)) < Math.abs(Math.log(best / c.numSteps)) ? t : best,
      );
      observed.set(key, Math.max(observed.get(key) ?? 0, c.ratio));
    }
  }
  const keys = [...observed.keys()].sort((a, b) => a - b);
  return {
    id: 'linreg/constants',
    title: 'Constants: c_GD(t), c*, the calibrated C, and the largest observed risk_GD/risk_ridge',
    xLabel: 't (GD steps, ηt = 1/λ)',
    yLabel: 'ratio',
    xScale: 'log',
    series: [
      { name: 'c_GD(t) (per-direction variance constant)', x: ts, y: ts.map((t) => cGD(t).value) },
      { name: `c* = ${cStar().value.toFixed(4)}`, x: [1, 1000], y: [cStar().value, cStar().value] },
      { name: `calibrated C = ${CALIBRATED_C}`, x: [1, 1000], y: [CALIBRATED_C, CALIBRATED_C] },
      {
        name: 'largest observed risk_GD/risk_ridge (60 instances × 5 designs)',
        x: keys,
        y: keys.map((k) => observed.get(k)!),
        mark: 'point',
      },
    ],
    caption:
      'Observed ratios of exact population risks at ηt = 1/λ, binned to the nearest t shown.',
  };
}

export function linregFigures(seed: number): Figure[] {
  return [riskCurves(seed), tunedRatio(seed), constantsFigure(seed)];
}
