/**
 * A theorem, as a value.
 *
 * A `Claim` is something checkable on generated instances: a fast-check arbitrary and a check
 * that returns a `Verdict` (both sides of the inequality, their ratio and the details a person
 * needs) — never a bare boolean. A `Theorem` is a claim plus its provenance (source, which
 * constants are the paper's and which are ours), its expected status, its regimes and its
 * negative controls: nearby false claims that the suite must refute. The same values drive
 * vitest (harness/vitest.ts) and the CLI (cli/main.ts).
 */
import type * as fc from 'fast-check';

/** How sure we are of a statement (THEOREMS.md's marks), or that a constant is our own. */
export type Provenance = 'paper' | 'restated' | 'derived' | 'recalled' | 'ours';

export interface Source {
  readonly authors: string;
  readonly title: string;
  readonly venue: string;
  readonly year: number;
  /** theorem, lemma or equation number, or section */
  readonly locator: string;
  readonly arxiv?: string;
}

/** One constant that appears in a statement, with where it comes from. */
export interface ConstantNote {
  readonly name: string;
  readonly value: string;
  readonly provenance: Provenance;
  readonly why: string;
}

/** A value shown in a verdict or an instance description. */
export type Detail = number | string | boolean | readonly number[] | null;

export interface Verdict {
  /** whether the claim holds on this instance (tolerance already applied) */
  readonly holds: boolean;
  /** the claim as an inequality in words, e.g. "f(x_N) − f* ≤ LR²/(4NLη + 2)" */
  readonly relation: string;
  readonly lhs: number;
  readonly rhs: number;
  /**
   * lhs/rhs for "≤" claims with rhs > 0 (rhs/lhs for "≥"); in general 1 + (lhs − rhs)/|rhs|, so
   * > 1 always means violated, whatever the signs
   */
  readonly ratio: number;
  readonly details: Readonly<Record<string, Detail>>;
}

/** A regime the generated instances must reach often enough (e.g. "loss non-monotone"). */
export interface Regime<I> {
  readonly id: string;
  readonly description: string;
  /** lower bound on the share of instances in this regime (checked with a Wilson bound) */
  readonly minShare: number;
  readonly contains: (instance: I, verdict: Verdict) => boolean;
}

export interface Claim<I> {
  /** unique within its theorem; the main property uses the id 'property' */
  readonly id: string;
  /** the claim in one line of Unicode */
  readonly statement: string;
  readonly arbitrary: fc.Arbitrary<I>;
  readonly check: (instance: I) => Verdict;
  /** a readable form of an instance (spectrum, stepsize, steps, …) for failure messages */
  readonly describe?: (instance: I) => Readonly<Record<string, Detail>>;
  /** generated instances per run in `npm test` (default DEFAULT_RUNS) */
  readonly numRuns?: number;
  /**
   * The same claim evaluated a second way in higher precision (double-double, exact rationals),
   * used to triage a failure as genuine or within rounding (harness/triage.ts). It must decide
   * the very inequality `check` decides: a variant of a claim with another check needs another
   * recheck (or none).
   */
  readonly recheck?: (instance: I) => Verdict;
  /** condition numbers of an instance (κ(A) = L/μ, …), printed when a failure is triaged */
  readonly conditionNumbers?: (instance: I) => Readonly<Record<string, number>>;
  /** the hypotheses as margins, so triage can name the one a failing instance is nearest */
  readonly hypothesisMargins?: (instance: I) => readonly HypothesisMargin[];
}

/**
 * A hypothesis written as `value relation bound`, e.g. { hypothesis: 'η < 2/L', value: η·L,
 * relation: '<', bound: 2 }. Its relative slack (bound − value)/scale (sign flipped for > and
 * ≥) is 0 on the boundary and negative when the hypothesis is broken; scale defaults to |bound|
 * (give one when the bound is 0, e.g. 'η > 0' on the scale 2/L).
 */
export interface HypothesisMargin {
  readonly hypothesis: string;
  readonly value: number;
  readonly relation: '<' | '≤' | '>' | '≥';
  readonly bound: number;
  readonly scale?: number;
}

/** A nearby false claim: the suite must refute it, with a shrunk witness. */
export type Control<I> = Claim<I>;

export type Expectation =
  | { readonly status: 'holds' }
  | {
      /** a recorded finding: the claim is false, and the suite must keep refuting it */
      readonly status: 'refuted';
      readonly evidence: string;
    };

export interface Theorem<I> extends Claim<I> {
  /** 'family/name', e.g. 'classical/descent-lemma' */
  readonly theoremId: string;
  readonly title: string;
  readonly family: string;
  readonly mark: Provenance;
  readonly source: Source;
  /** hypotheses ⇒ conclusion, in Unicode */
  readonly fullStatement: string;
  readonly constants: readonly ConstantNote[];
  /** how each hypothesis becomes a generator or a precondition */
  readonly hypotheses: string;
  /** what the generators do not cover */
  readonly gaps: readonly string[];
  readonly expected: Expectation;
  readonly regimes?: readonly Regime<I>[];
  // Controls have instance types of their own; `any` is the existential here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly controls: readonly Control<any>[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTheorem = Theorem<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClaim = Claim<any>;

/** A group of theorems from one line of work, with the figures its report section draws. */
export interface Family {
  readonly id: string;
  readonly title: string;
  readonly theorems: readonly AnyTheorem[];
  /** figures for the report; pure functions of the seed */
  readonly figures?: (seed: number) => readonly import('../report/figure.ts').Figure[];
}

export const DEFAULT_RUNS = 100;

/** The claim id of a theorem's own property (controls have ids of their own). */
export const PROPERTY_ID = 'property';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/**
 * Build a theorem value: sets the property's claim id and checks that ids are well formed and
 * that control ids are unique, so fixture file names and replay commands stay unambiguous.
 */
export function defineTheorem<I>(spec: Omit<Theorem<I>, 'id'>): Theorem<I> {
  if (!ID_PATTERN.test(spec.theoremId) || !spec.theoremId.startsWith(`${spec.family}/`)) {
    throw new TypeError(
      `defineTheorem: theoremId must be '<family>/<kebab-name>' with family '${spec.family}'; received '${spec.theoremId}'.`,
    );
  }
  const seen = new Set<string>([PROPERTY_ID]);
  for (const control of spec.controls) {
    if (!ID_PATTERN.test(control.id) || control.id.includes('/')) {
      throw new TypeError(
        `defineTheorem: control id must be kebab-case; received '${control.id}' in ${spec.theoremId}.`,
      );
    }
    if (seen.has(control.id)) {
      throw new TypeError(
        `defineTheorem: duplicate claim id '${control.id}' in ${spec.theoremId}.`,
      );
    }
    seen.add(control.id);
  }
  return { ...spec, id: PROPERTY_ID };
}
