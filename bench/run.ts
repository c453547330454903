/**
 * `npm run bench`: kernel timings (ours against ml-matrix) and per-theorem throughput.
 *
 *   npm run bench -- [--filter <substring>] [--kernels-only] [--theorems-only]
 *                    [--seed <integer>] [--instances <n>] [--budget-ms <n>] [--repetitions <n>]
 *
 * --filter keeps theorems whose id contains the substring; --instances (default 50) is the
 * number sampled per claim and --budget-ms (default 2000) caps the time spent checking them;
 * --repetitions overrides the kernel repetitions (default 15, 11, 3 by size).
 *
 * Timings are wall-clock medians on whatever else the machine is doing; they are printed, never
 * asserted. The seed fixes the kernel inputs and the sampled instances, not the timings.
 */
import { loadavg } from 'node:os';
import { allTheorems } from '../properties/index.ts';
import { DEFAULT_SEED, parseSeed } from '../src/harness/seeds.ts';
import { benchKernels } from './kernels.ts';
import { printError, printLine, printTable } from './print.ts';
import { benchTheorems } from './theorems.ts';

interface BenchArgs {
  readonly filter?: string;
  readonly kernelsOnly: boolean;
  readonly theoremsOnly: boolean;
  readonly seed: number;
  readonly instances: number;
  readonly budgetMs: number;
  readonly repetitions?: number;
}

const USAGE =
  'usage: npm run bench -- [--filter <substring>] [--kernels-only] [--theorems-only] ' +
  '[--seed <integer>] [--instances <n>] [--budget-ms <n>] [--repetitions <n>]';

function positiveInteger(flag: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`bench: ${flag} must be a positive integer; received ${raw}.\n${USAGE}`);
  }
  return value;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  let filter: string | undefined;
  let kernelsOnly = false;
  let theoremsOnly = false;
  let seed = DEFAULT_SEED;
  let instances = 50;
  let budgetMs = 2000;
  let repetitions: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new TypeError(`bench: ${flag} needs a value.\n${USAGE}`);
      return next;
    };
    if (flag === '--filter') filter = value();
    else if (flag === '--kernels-only') kernelsOnly = true;
    else if (flag === '--theorems-only') theoremsOnly = true;
    else if (flag === '--seed') seed = parseSeed(value(), '--seed');
    else if (flag === '--instances') instances = positiveInteger(flag, value());
    else if (flag === '--budget-ms') budgetMs = positiveInteger(flag, value());
    else if (flag === '--repetitions') repetitions = positiveInteger(flag, value());
    else throw new TypeError(`bench: unknown option ${flag}.\n${USAGE}`);
  }
  return { filter, kernelsOnly, theoremsOnly, seed, instances, budgetMs, repetitions };
}

const THEOREM_HEADERS = [
  'theorem',
  'claim',
  'n',
  'mean ms',
  'median ms',
  'checks/s',
  'gen ms',
  'threw',
  'fails',
];

function main(args: BenchArgs): void {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  printLine(`theoremcheck bench (seed ${args.seed}, node ${process.version}, load ${load})`);
  printLine('Wall-clock times: on a loaded machine compare ratios, not absolute times.\n');

  // kernels, unless only theorems were asked for
  if (!args.theoremsOnly) {
    const kernels = benchKernels({ seed: args.seed, repetitions: args.repetitions });
    printTable({
      title: 'Kernels: ours vs ml-matrix (median ms per call, interleaved repetitions)',
      headers: ['kernel', 'ml-matrix', 'd', 'reps', 'ours ms', 'ml-matrix ms', 'speed-up'],
      rows: kernels.map((k) => [
        k.kernel,
        k.baseline,
        k.dimension,
        k.repetitions,
        k.oursMs,
        k.theirsMs,
        `${k.speedup.toFixed(2)}×`,
      ]),
      notes: ['speed-up: median over repetitions of ml-matrix time / our time (> 1: ours faster)'],
    });
  }
  if (args.kernelsOnly) return;

  // every registered theorem and control
  const claims = benchTheorems(allTheorems(), {
    seed: args.seed,
    instances: args.instances,
    budgetMs: args.budgetMs,
    filter: args.filter,
  });
  if (claims.length === 0) {
    printLine(`no theorem id contains '${args.filter}'.`);
    return;
  }
  printTable({
    title: `Theorems: time per check (n sampled instances per claim, ≤ ${args.budgetMs} ms each)`,
    headers: THEOREM_HEADERS,
    rows: claims.map((c) => [
      c.theoremId,
      c.claimId,
      c.instances,
      c.meanMs,
      c.medianMs,
      c.perSecond,
      c.generateMs,
      c.threw,
      c.failed,
    ]),
    notes: [
      'gen ms: mean time fc.sample takes per instance; fails: verdicts that did not hold',
      '(expected for controls, which the suite must refute).',
    ],
  });
}

let parsed: BenchArgs | undefined;
try {
  parsed = parseArgs(process.argv.slice(2));
} catch (error) {
  printError(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
if (parsed !== undefined) main(parsed);
