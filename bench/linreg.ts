/**
 * Cost of the linear-regression oracles.
 *
 *   npx tsx bench/linreg.ts
 *
 * For (n, d) = (50, 100), (200, 400), (400, 800): instances per second, where an instance is one
 * design drawn, diagonalised (O3), and both tuned GD and tuned ridge found on the closed forms;
 * the split of that time; and the saving against iterating GD. The iterative route gets the risk
 * curve of ONE noise draw by running GD for T = 1000 steps and evaluating ‖θ_t − θ*‖²_Σ each
 * step (O(T·n·d)); the exact conditional risk by iteration needs n + 1 such runs (linearity), which
 * we extrapolate. The spectral route gives the exact curve at all T values of t from one
 * eigendecomposition (O(n²d + n³) + T·O(r²)). Wall-clock on the machine this runs on; a shared
 * 2-core box is noisy, so each measurement repeats until 1.5 s have passed. A second section
 * times the O3 eigendecomposition alone against n and d, and O5 at d = n².
 */
import { sampleDesign, sampleResponses } from '../src/linreg/design.ts';
import { materializeLinreg } from '../src/linreg/instance.ts';
import { tunedGD, tunedRidge } from '../src/linreg/tune.ts';
import { gdFilter } from '../src/risk/filters.ts';
import { spectralDesign, spectralDesignFromKernel } from '../src/risk/spectralDesign.ts';
import { wishartKernelInputs } from '../src/linreg/wishart.ts';
import { spectralRisk, topEigenvalue } from '../src/risk/spectralRisk.ts';
import { matTVec, matVec } from '../src/linalg/dense.ts';

const T = 1000;
const MIN_MS = 1500;

function timeIt(run: () => void): number {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < MIN_MS || count < 2) {
    run();
    count++;
  }
  return (performance.now() - start) / count;
}

function problemFor(n: number, d: number) {
  return materializeLinreg({
    spectrum: { kind: 'power', exponent: 1.5, dimension: d },
    theta: { kind: 'e1' },
    signal: 1,
    noiseVariance: 1,
    sampleSize: n,
  });
}

const lines: string[] = [];
for (const [n, d] of [
  [50, 100],
  [200, 400],
  [400, 800],
]) {
  const problem = problemFor(n, d);
  let seed = 0;
  const X0 = sampleDesign(problem.spectrum, n, 1);
  const design0 = spectralDesign(X0, problem.spectrum, problem.thetaStar);
  const eta = 1 / topEigenvalue(design0);

  const msSample = timeIt(() => sampleDesign(problem.spectrum, n, seed++));
  const msDesign = timeIt(() => spectralDesign(X0, problem.spectrum, problem.thetaStar));
  const msTune = timeIt(() => {
    tunedGD(design0, 1);
    tunedRidge(design0, 1);
  });
  const msCurve = timeIt(() => {
    for (let t = 1; t <= T; t++) spectralRisk(design0, gdFilter(eta, t), 1);
  });

  // iterating GD for T steps on one noise draw, risk tracked each step
  const y = sampleResponses(X0, problem.thetaStar, 1, 1);
  const msIterate = timeIt(() => {
    const theta = new Float64Array(d);
    const residual = new Float64Array(n);
    const grad = new Float64Array(d);
    for (let t = 0; t < T; t++) {
      matVec(X0, theta, residual);
      for (let i = 0; i < n; i++) residual[i] -= y[i];
      matTVec(X0, residual, grad);
      let risk = 0;
      for (let j = 0; j < d; j++) {
        theta[j] -= (eta / n) * grad[j];
        risk += problem.spectrum[j] * (theta[j] - problem.thetaStar[j]) ** 2;
      }
      if (!Number.isFinite(risk)) throw new Error('diverged');
    }
  });
  const perInstance = msSample + msDesign + msTune;
  const spectralCurve = msDesign + msCurve;
  lines.push(
    `n=${n} d=${d}: ${(1000 / perInstance).toFixed(1)} instances/s ` +
      `(sample ${msSample.toFixed(1)} ms, eigendecomposition ${msDesign.toFixed(1)} ms, tune GD+ridge ${msTune.toFixed(1)} ms); ` +
      `exact GD curve t = 1…${T}: spectral ${spectralCurve.toFixed(1)} ms (eig + ${msCurve.toFixed(1)} ms) vs ` +
      `iterating one noise draw ${msIterate.toFixed(1)} ms, exact by iteration ≈ ${(((n + 1) * msIterate) / 1000).toFixed(1)} s ` +
      `(×${(((n + 1) * msIterate) / spectralCurve).toFixed(0)})`,
  );
}
// how the O3 eigendecomposition grows with d at fixed n, and with n at fixed d; and O5 (d = n²)
const scaling: string[] = [];
for (const [n, d] of [
  [100, 200],
  [100, 800],
  [100, 3200],
  [50, 400],
  [100, 400],
  [200, 400],
]) {
  const problem = problemFor(n, d);
  const X = sampleDesign(problem.spectrum, n, 3);
  const ms = timeIt(() => spectralDesign(X, problem.spectrum, problem.thetaStar));
  scaling.push(`O3 design n=${n} d=${d}: ${ms.toFixed(1)} ms`);
}
for (const n of [50, 100, 200]) {
  const d = n * n;
  const ms = timeIt(() =>
    spectralDesignFromKernel(
      wishartKernelInputs(
        {
          head: [Math.pow(n, -0.9)],
          thetaHead: [Math.pow(n, 0.45)],
          tailLevel: 1 / d,
          tailCount: d - 1,
        },
        n,
        5,
      ),
    ),
  );
  scaling.push(
    `O5 design n=${n} d=n²=${d}: ${ms.toFixed(1)} ms (an explicit n×d design would hold ${n * d} entries)`,
  );
}
process.stdout.write([...lines, ...scaling].join('\n') + '\n');
