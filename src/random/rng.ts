/**
 * The project's one seeded source of randomness.
 *
 * Every random draw flows from an `Rng` built from an integer seed that fast-check generated or a
 * user gave; the global unseeded generator is never used. The generator is seedrandom's Alea (fast, 2¹¹⁶ period),
 * and `double()` gives 53 random bits. Normals come from the polar Box–Muller method, so a
 * stream of draws is a pure function of the seed.
 */
import seedrandom from 'seedrandom';

export interface Rng {
  /** the integer seed this stream was built from */
  readonly seed: number;
  /** uniform on [0, 1) with 53 random bits */
  uniform(): number;
  /** uniform on [low, high) */
  uniformIn(low: number, high: number): number;
  /** log-uniform on [low, high): exp of a uniform on [ln low, ln high) */
  logUniform(low: number, high: number): number;
  /** integer uniform on {low, …, high} */
  integer(low: number, high: number): number;
  /** standard normal N(0, 1) */
  normal(): number;
  /** an independent child stream, keyed by a label, so adding draws elsewhere changes nothing */
  fork(label: string | number): Rng;
}

/** 32-bit FNV-1a hash of a string, used to derive child seeds from labels. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Combine a seed and a label into a new 31-bit seed (fast-check seeds are 32-bit integers). */
export function deriveSeed(seed: number, label: string | number): number {
  return hashString(`${seed}/${label}`) & 0x7fffffff;
}

export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`createRng: seed must be a safe integer; received ${seed}.`);
  }
  const prng = seedrandom.alea(String(seed));
  let spareNormal: number | null = null;

  const uniform = () => prng.double();
  const rng: Rng = {
    seed,
    uniform,
    uniformIn: (low, high) => low + (high - low) * uniform(),
    logUniform: (low, high) => {
      if (!(low > 0 && high >= low)) {
        throw new RangeError(`logUniform: need 0 < low ≤ high; received low=${low}, high=${high}.`);
      }
      return Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * uniform());
    },
    integer: (low, high) => {
      if (!Number.isInteger(low) || !Number.isInteger(high) || high < low) {
        throw new RangeError(`integer: need integers low ≤ high; received ${low}, ${high}.`);
      }
      return low + Math.floor(uniform() * (high - low + 1));
    },
    normal: () => {
      if (spareNormal !== null) {
        const z = spareNormal;
        spareNormal = null;
        return z;
      }
      // polar Box–Muller: a point uniform in the unit disc gives two independent normals
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * uniform() - 1;
        v = 2 * uniform() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const factor = Math.sqrt((-2 * Math.log(s)) / s);
      spareNormal = v * factor;
      return u * factor;
    },
    fork: (label) => createRng(deriveSeed(seed, label)),
  };
  return rng;
}
