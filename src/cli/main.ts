/**
 * The theoremcheck command line: parse arguments, dispatch, map errors to exit codes
 * (0 as expected, 1 a verdict changed, 2 bad usage or input).
 */
import { parseArgs } from 'node:util';
import { baseSeedFromEnv, parseSeed } from '../harness/seeds.ts';
import { list } from './list.ts';
import { out } from './print.ts';
import { replay } from './replay.ts';
import { EXIT_USAGE, HELP, UsageError } from './usage.ts';
import { parseShard } from '../harness/shard.ts';
import { merge } from './merge.ts';
import { BUDGETS, verify } from './verify.ts';

function positiveNumber(
  raw: string | undefined,
  name: string,
  integer: boolean,
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(
      `${name}: must be a positive ${integer ? 'integer' : 'number'}; received ${JSON.stringify(raw)}.`,
    );
  }
  return value;
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      theorem: { type: 'string', multiple: true },
      runs: { type: 'string' },
      'runs-scale': { type: 'string' },
      budget: { type: 'string' },
      shard: { type: 'string' },
      'search-constant': { type: 'string', multiple: true },
      'search-budget': { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      'no-save-fixtures': { type: 'boolean' },
      markdown: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    out(HELP);
    return command === undefined && !values.help ? EXIT_USAGE : 0;
  }

  switch (command) {
    case 'verify': {
      if (rest.length > 0) throw new UsageError(`verify: unexpected argument '${rest[0]}'.`);
      const runs = positiveNumber(values.runs, '--runs', true);
      const runsScale = positiveNumber(values['runs-scale'], '--runs-scale', false);
      const budget = values.budget;
      if ([runs, runsScale, budget].filter((v) => v !== undefined).length > 1) {
        throw new UsageError('verify: give one of --runs, --runs-scale and --budget.');
      }
      if (budget !== undefined && !(budget in BUDGETS)) {
        throw new UsageError(
          `--budget: must be one of ${Object.keys(BUDGETS).join(', ')}; received ${JSON.stringify(budget)}.`,
        );
      }
      const searchBudget = positiveNumber(values['search-budget'], '--search-budget', true);
      return verify({
        ...(budget !== undefined ? { budget } : {}),
        ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
        ...(values['search-constant'] ? { searchConstant: values['search-constant'] } : {}),
        ...(searchBudget !== undefined ? { searchBudget } : {}),
        theorems: values.theorem ?? [],
        seed: values.seed !== undefined ? parseSeed(values.seed, '--seed') : baseSeedFromEnv(),
        ...(runs !== undefined ? { runs } : {}),
        ...(runsScale !== undefined ? { runsScale } : {}),
        ...(values.out !== undefined ? { outDir: values.out } : {}),
        saveFixtures: !values['no-save-fixtures'],
      });
    }
    case 'replay':
      if (rest.length !== 1) throw new UsageError('replay: needs exactly one fixture file.');
      return replay(rest[0]);
    case 'merge':
      if (values.out === undefined) throw new UsageError('merge: --out DIR is required.');
      return merge(rest, values.out);
    case 'list':
      return list(values.markdown ?? false);
    default:
      throw new UsageError(
        `unknown command '${command}'; expected verify, merge, replay or list (see --help).`,
      );
  }
}
