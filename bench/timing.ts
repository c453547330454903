/**
 * Wall-clock timing for the benchmarks: warm up, then the median of several repetitions.
 * Two implementations are timed interleaved (ours, theirs, theirs, ours, …) so that load from
 * other processes on a shared machine falls on both alike, and the speed-up is the median of
 * the per-repetition ratios, so a burst of load during one repetition moves it little.
 */

export interface TimingOptions {
  /** timed repetitions per implementation (median taken) */
  readonly repetitions: number;
  /** untimed calls first, so the JIT has compiled the hot loops */
  readonly warmupCalls: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds per call, over `calls` back-to-back calls. */
export function timeCalls(run: () => unknown, calls = 1): number {
  const start = performance.now();
  for (let c = 0; c < calls; c++) run();
  return (performance.now() - start) / calls;
}

/** Each timed sample lasts at least this long, so microsecond kernels are not timer noise. */
const MIN_SAMPLE_MS = 2;

export interface Comparison {
  readonly oursMs: number;
  readonly theirsMs: number;
  /** median over repetitions of theirs / ours: > 1 means ours is faster */
  readonly speedup: number;
}

/** Median times of two implementations of the same computation, measured interleaved. */
export function compare(
  ours: () => unknown,
  theirs: () => unknown,
  options: TimingOptions,
): Comparison {
  const { repetitions, warmupCalls } = options;
  for (let w = 0; w < warmupCalls; w++) {
    ours();
    theirs();
  }

  // calls per sample, from the faster of the two
  const fastest = Math.min(timeCalls(ours), timeCalls(theirs));
  const calls = Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(fastest, 1e-4)));

  const oursTimes: number[] = [];
  const theirsTimes: number[] = [];
  for (let r = 0; r < repetitions; r++) {
    // alternate which goes first, so neither always runs right after a collection
    if (r % 2 === 0) {
      oursTimes.push(timeCalls(ours, calls));
      theirsTimes.push(timeCalls(theirs, calls));
    } else {
      theirsTimes.push(timeCalls(theirs, calls));
      oursTimes.push(timeCalls(ours, calls));
    }
  }
  // the speed-up pairs each repetition's two times, taken moments apart, before the median
  const ratios = oursTimes.map((ours, r) => theirsTimes[r] / ours);
  return { oursMs: median(oursTimes), theirsMs: median(theirsTimes), speedup: median(ratios) };
}
