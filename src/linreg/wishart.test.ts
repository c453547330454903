/**
 * O5 against direct sampling, statistically. For Σ = diag(head, ℓ·I_m) we draw M designs both ways
 * (Bartlett-Wishart kernel; explicit n×d design) and compare the means of three statistics of the
 * design: the ridge risk at λ = 0.05, the GD risk after 5 steps, and the top eigenvalue of K.
 * Two-sample z-test, |z| ≤ Z_LIMIT = 5.5: false-alarm probability ≤ 4e-8 per statistic under
 * equal means (normal approximation; M = 300 makes it accurate for these bounded statistics),
 * so the three statistics together stay below 1.2e-7 per run.
 */
import { expect, test } from 'vitest';
import { gdFilter, ridgeFilter } from '../risk/filters.ts';
import { spectralDesign, spectralDesignFromKernel } from '../risk/spectralDesign.ts';
import type { SpectralDesign } from '../risk/spectralDesign.ts';
import { spectralRisk, topEigenvalue } from '../risk/spectralRisk.ts';
import { createRng, deriveSeed } from '../random/rng.ts';
import { sampleDesign } from './design.ts';
import { sampleGamma, wishartKernelInputs } from './wishart.ts';

const Z_LIMIT = 5.5;
const M = 300;

function meanAndVar(values: number[]) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

function statistics(design: SpectralDesign): number[] {
  return [
    spectralRisk(design, ridgeFilter(0.05), 0.5).risk,
    spectralRisk(design, gdFilter(1 / topEigenvalue(design), 5), 0.5).risk,
    topEigenvalue(design),
  ];
}

test('O5: Bartlett–Wishart kernels and explicit designs give the same risk distribution (z-test)', () => {
  const n = 6;
  const head = [1, 0.3];
  const thetaHead = [0.8, -1.5];
  const m = 40;
  const level = 1 / m;
  const spectrum = Float64Array.from([...head, ...Array.from({ length: m }, () => level)]);
  const thetaStar = Float64Array.from([...thetaHead, ...Array.from({ length: m }, () => 0)]);
  const viaWishart: number[][] = [];
  const direct: number[][] = [];
  for (let r = 0; r < M; r++) {
    const inputs = wishartKernelInputs(
      { head, thetaHead, tailLevel: level, tailCount: m },
      n,
      deriveSeed(1, r),
    );
    viaWishart.push(statistics(spectralDesignFromKernel(inputs)));
    const X = sampleDesign(spectrum, n, deriveSeed(2, r));
    direct.push(statistics(spectralDesign(X, spectrum, thetaStar)));
  }
  for (let s = 0; s < 3; s++) {
    const a = meanAndVar(viaWishart.map((v) => v[s]));
    const b = meanAndVar(direct.map((v) => v[s]));
    const z = (a.mean - b.mean) / Math.sqrt(a.variance / M + b.variance / M);
    expect(Math.abs(z), `statistic ${s}: means ${a.mean} vs ${b.mean}`).toBeLessThan(Z_LIMIT);
  }
});

test('Gamma sampler: mean a and variance a for shapes below and above 1 (z-test, |z| ≤ 5.5)', () => {
  const rng = createRng(3);
  for (const shape of [0.5, 1, 3.5, 200]) {
    const draws = Array.from({ length: 4000 }, () => sampleGamma(rng, shape));
    const { mean } = meanAndVar(draws);
    const z = (mean - shape) / Math.sqrt(shape / draws.length);
    expect(Math.abs(z), `shape ${shape}: mean ${mean}`).toBeLessThan(Z_LIMIT);
  }
});
