/**
 * Double-double arithmetic: a value is hi + lo with |lo| ≤ ½ulp(hi), about 106 bits of
 * significand (unit roundoff u_dd ≈ 2⁻¹⁰⁴ ≈ 4.9e-32 for + and ×, a few u_dd for ÷).
 *
 *   twoSum(a, b):  s = fl(a + b), e = (a + b) − s exactly          (Knuth)
 *   twoProd(a, b): p = fl(a·b),   e = a·b − p exactly, via Veltkamp splitting (Dekker)
 *
 * Reference: T. J. Dekker, "A floating-point technique for extending the available precision",
 * Numerische Mathematik 18 (1971); Hida, Li, Bailey, "Library for double-double and quad-double
 * arithmetic" (2000). Used to re-evaluate counterexamples a second way (harness/triage.ts).
 * Not handled: overflow in the splitting (|a| > ~1e300) and non-finite inputs (they propagate).
 */

export interface DD {
  readonly hi: number;
  readonly lo: number;
}

/** Machine epsilon of double-double, 2⁻¹⁰⁴ (for tolerances of re-checks). */
export const DD_EPSILON = 2 ** -104;

const SPLITTER = 134217729; // 2^27 + 1

export function dd(x: number): DD {
  return { hi: x, lo: 0 };
}

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return { hi: s, lo: b - (s - a) };
}

function split(a: number): [number, number] {
  const t = SPLITTER * a;
  const high = t - (t - a);
  return [high, a - high];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

export function add(a: DD, b: DD): DD {
  const s = twoSum(a.hi, b.hi);
  const t = twoSum(a.lo, b.lo);
  const u = quickTwoSum(s.hi, s.lo + t.hi);
  return quickTwoSum(u.hi, u.lo + t.lo);
}

export function neg(a: DD): DD {
  return { hi: -a.hi, lo: -a.lo };
}

export function sub(a: DD, b: DD): DD {
  return add(a, neg(b));
}

export function mul(a: DD, b: DD): DD {
  const p = twoProd(a.hi, b.hi);
  return quickTwoSum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

/** a/b: a double quotient refined by one Newton-style correction step. */
export function div(a: DD, b: DD): DD {
  const q1 = a.hi / b.hi;
  const r = sub(a, mul(b, dd(q1)));
  const q2 = r.hi / b.hi;
  const r2 = sub(r, mul(b, dd(q2)));
  const q3 = r2.hi / b.hi;
  const q = quickTwoSum(q1, q2);
  return add(q, dd(q3));
}

export function toNumber(a: DD): number {
  return a.hi + a.lo;
}

/** sign of a − b: −1, 0 or 1. */
export function compare(a: DD, b: DD): number {
  const d = sub(a, b);
  return d.hi > 0 || (d.hi === 0 && d.lo > 0) ? 1 : d.hi < 0 || (d.hi === 0 && d.lo < 0) ? -1 : 0;
}

export function abs(a: DD): DD {
  return a.hi < 0 || (a.hi === 0 && a.lo < 0) ? neg(a) : a;
}

export function sum(values: readonly DD[]): DD {
  return values.reduce(add, dd(0));
}
