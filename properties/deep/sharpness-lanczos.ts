/**
 * deep/sharpness-lanczos
 *
 * Statement. Let L be the training loss of a fully connected network (tanh or ReLU, one or two
 * hidden layers, MSE or softmax cross-entropy) at parameters θ, H = ∇²L(θ) its Hessian, and
 * (θ̂, y) the top Ritz pair that Lanczos returns from exact Hessian–vector products, with
 * residual r = ‖H y − θ̂ y‖. Then
 *   λ_max(H) − r ≤ θ̂ ≤ λ_max(H),
 * where λ_max(H) is the largest eigenvalue of the full Hessian assembled column by column from
 * HVPs with basis vectors e_i and diagonalised by symmetricEigen. This is the accuracy contract
 * of the sharpness that deep/edge-of-stability measures.
 *
 * Source: the Lanczos method and its Ritz-value bounds — G. H. Golub, C. F. Van Loan, "Matrix
 * Computations", 4th ed., Johns Hopkins, 2013, §10.1 (Rayleigh–Ritz, Kaniel–Paige); exact
 * HVPs — B. A. Pearlmutter, "Fast exact multiplication by the Hessian", Neural Computation 6(1),
 * 1994 [recalled]. The lower bound uses Bauer–Fike (some eigenvalue within r of θ̂) together with
 * θ̂ being a Rayleigh quotient; that the eigenvalue within r is λ_max and not a lower one is what
 * is being tested here (a random start vector makes the other case a null event).
 *
 * Hypotheses → generators. Networks from src/generators/network.ts: input 1–3, one or two
 * hidden layers of width 1–5, output 1–3, tanh or ReLU, MSE or cross-entropy, 1–5 examples,
 * parameters with LeCun/He weights and biases N(0, 0.25); at most 68 parameters. Lanczos runs
 * with relative tolerance 1e-8 and up to p iterations.
 *
 * Tolerance. Both sides carry rounding: the HVPs (sums of ≲ 10³ products, ~1e-13 relative),
 * the dense eigensolver (O(p·ε·‖H‖)) and the Lanczos recurrence with full reorthogonalisation
 * (O(p·ε·‖H‖)); ROUNDING = 1e-10·‖H‖₂ covers them with a wide margin.
 *
 * Control. "The sharpness is the largest |eigenvalue|", which is what power iteration returns:
 * false whenever the Hessian has a negative eigenvalue of larger modulus than λ_max.
 *
 * Not covered: networks with more than ~70 parameters (the full Hessian is the reference);
 * ReLU Hessians at kinks (the a.e. Hessian is used, see src/nn/hvp.ts).
 */
import type { NetworkCase } from '../../src/generators/network.ts';
import { materializeCase, networkCaseArbitrary } from '../../src/generators/network.ts';
import { allOf, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { tolerance } from '../../src/numeric/tolerance.ts';
import { hessianSpectrum, sharpness } from '../../src/nn/sharpness.ts';

/** Rounding allowance, relative to ‖H‖₂ (see the header). */
const ROUNDING = 1e-10;
const LANCZOS_REL_TOLERANCE = 1e-8;

function measure(instance: NetworkCase) {
  const { net, theta, data, loss } = materializeCase(instance);
  const spectrum = hessianSpectrum(net, theta, data, { loss });
  const lambdaMax = spectrum[spectrum.length - 1];
  const lambdaMin = spectrum[0];
  const norm = Math.max(Math.abs(lambdaMax), Math.abs(lambdaMin));
  const estimate = sharpness(net, theta, data, {
    loss,
    seed: instance.seed,
    relTolerance: LANCZOS_REL_TOLERANCE,
    maxIterations: net.numParams,
  });
  return { net, lambdaMax, lambdaMin, norm, estimate };
}

function describe(instance: NetworkCase) {
  return { ...instance, hiddenWidths: [...instance.hiddenWidths] };
}

function checkLanczos(instance: NetworkCase): Verdict {
  const { net, lambdaMax, lambdaMin, norm, estimate } = measure(instance);
  const tol = tolerance(0, ROUNDING * norm);
  const details = {
    numParams: net.numParams,
    'λ_max (full Hessian)': lambdaMax,
    'λ_min (full Hessian)': lambdaMin,
    'θ̂ (Lanczos)': estimate.value,
    residual: estimate.residual,
    iterations: estimate.iterations,
  };
  return allOf('λ_max − r ≤ θ̂ ≤ λ_max', [
    upperBound({
      relation: 'θ̂ ≤ λ_max',
      lhs: estimate.value,
      rhs: lambdaMax,
      tolerance: tol,
      details,
    }),
    // the rounding allowance sits on the rhs, so the ratio reads (λ_max − θ̂)/(r + allowance)
    upperBound({
      relation: 'λ_max − θ̂ ≤ r + rounding',
      lhs: lambdaMax - estimate.value,
      rhs: estimate.residual + ROUNDING * norm,
      tolerance: tolerance(0),
      details,
    }),
  ]);
}

function checkModulus(instance: NetworkCase): Verdict {
  const { lambdaMax, lambdaMin, norm } = measure(instance);
  return upperBound({
    relation: 'max|λ_i| ≤ λ_max (the largest |eigenvalue| is the sharpness)',
    lhs: Math.abs(lambdaMin),
    rhs: lambdaMax,
    tolerance: tolerance(0, ROUNDING * norm),
    details: { λ_max: lambdaMax, λ_min: lambdaMin },
  });
}

export const sharpnessLanczos = defineTheorem<NetworkCase>({
  theoremId: 'deep/sharpness-lanczos',
  family: 'deep',
  title: 'Sharpness by Lanczos on exact Hessian–vector products',
  mark: 'recalled',
  source: {
    authors: 'G. H. Golub, C. F. Van Loan',
    title: 'Matrix Computations (4th ed.)',
    venue: 'Johns Hopkins University Press',
    year: 2013,
    locator: '§10.1 (Lanczos, Rayleigh–Ritz bounds); HVPs: Pearlmutter, Neural Comput. 1994',
  },
  statement: 'Lanczos on exact HVPs: λ_max(∇²L) − r ≤ θ̂ ≤ λ_max(∇²L) (full Hessian as reference)',
  fullStatement:
    'For the training loss L of a small MLP, the top Ritz value θ̂ of Lanczos on exact HVPs, with ' +
    'residual r = ‖Hy − θ̂y‖, satisfies λ_max(H) − r ≤ θ̂ ≤ λ_max(H), H = ∇²L(θ) assembled from ' +
    'HVPs with basis vectors.',
  constants: [
    {
      name: 'ROUNDING',
      value: '1e-10·‖H‖₂',
      provenance: 'ours',
      why: 'rounding of HVPs, QL and Lanczos',
    },
  ],
  hypotheses:
    'Generated MLPs (≤ 68 parameters, tanh/ReLU, MSE/cross-entropy, 1–5 examples); Lanczos with ' +
    'relative tolerance 1e-8, warm start none, seed from the instance.',
  gaps: ['Networks too large for a full Hessian.', 'ReLU kinks (a.e. Hessian).'],
  expected: { status: 'holds' },
  arbitrary: networkCaseArbitrary,
  check: checkLanczos,
  describe,
  numRuns: 60,
  controls: [
    {
      id: 'sharpness-is-largest-modulus',
      statement: 'the sharpness equals the largest |eigenvalue| of the Hessian (power iteration)',
      arbitrary: networkCaseArbitrary,
      check: checkModulus,
      describe,
      numRuns: 60,
    },
  ],
});
