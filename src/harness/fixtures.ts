/**
 * Counterexamples and witnesses stored as values.
 *
 * A fixture holds the instance itself (not only a seed: seeds stop reproducing when a generator
 * changes), the theorem and claim it belongs to, the code version that found it and the verdict
 * it had then. Files live at fixtures/<theorem id>/<claim id>.<hash>.json, the hash taken over
 * the instance, so the same instance always lands on the same name. A file is never overwritten:
 * writing an instance that is already stored is a no-op, and a name collision with different
 * content is an error. Writes go to a temporary file first and are renamed into place, so a file
 * is whole or absent.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashString } from '../random/rng.ts';
import type { Verdict } from './theorem.ts';

export const FIXTURE_FORMAT = 'theoremcheck-fixture/1';

export type FixtureKind = 'witness' | 'counterexample';

export interface Fixture {
  readonly format: typeof FIXTURE_FORMAT;
  readonly theoremId: string;
  readonly claimId: string;
  /** witness: refutes a claim expected to be false; counterexample: broke a claim expected to hold */
  readonly kind: FixtureKind;
  readonly codeVersion: string;
  readonly seed: number;
  readonly path: string;
  readonly instance: unknown;
  readonly verdict: Verdict;
}

export class FixtureError extends Error {
  readonly code = 'BAD_FIXTURE';
}

/** The repository root (two levels above this file). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = join(PROJECT_ROOT, 'fixtures');

let cachedVersion: string | undefined;

/** package version plus the git commit, when git is there to ask. */
export function codeVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    // not a git checkout: the package version alone identifies the code
  }
  cachedVersion = `${pkg.version}+${commit}`;
  return cachedVersion;
}

/** Canonical JSON of an instance: typed arrays become arrays; non-finite numbers are refused. */
export function instanceToJson(instance: unknown): unknown {
  return JSON.parse(
    JSON.stringify(instance, (key, v: unknown) => {
      if (ArrayBuffer.isView(v)) return Array.from(v as Float64Array);
      if (typeof v === 'number' && !Number.isFinite(v)) {
        throw new FixtureError(
          `instanceToJson: field '${key}' is ${v}; fixtures hold finite numbers only.`,
        );
      }
      return v;
    }),
  );
}

function verdictToJson(verdict: Verdict): Verdict {
  // ±Infinity and NaN become strings so the file stays valid JSON and still says what it was
  return JSON.parse(
    JSON.stringify(verdict, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v)
        ? String(v)
        : ArrayBuffer.isView(v)
          ? Array.from(v as Float64Array)
          : v,
    ),
  ) as Verdict;
}

export function fixtureFileName(claimId: string, instance: unknown): string {
  const hash = hashString(JSON.stringify(instanceToJson(instance)))
    .toString(16)
    .padStart(8, '0');
  return `${claimId}.${hash}.json`;
}

export interface SaveResult {
  readonly file: string;
  /** 'written': a new file; 'exists': this very instance was already stored */
  readonly status: 'written' | 'exists';
}

export function saveFixture(
  fields: Omit<Fixture, 'format' | 'codeVersion' | 'instance' | 'verdict'> & {
    instance: unknown;
    verdict: Verdict;
  },
  directory = FIXTURES_DIR,
): SaveResult {
  const fixture: Fixture = {
    format: FIXTURE_FORMAT,
    theoremId: fields.theoremId,
    claimId: fields.claimId,
    kind: fields.kind,
    codeVersion: codeVersion(),
    seed: fields.seed,
    path: fields.path,
    instance: instanceToJson(fields.instance),
    verdict: verdictToJson(fields.verdict),
  };
  const folder = join(directory, ...fields.theoremId.split('/'));
  const file = join(folder, fixtureFileName(fields.claimId, fixture.instance));

  if (existsSync(file)) {
    const existing = parseFixture(readFileSync(file, 'utf8'), file);
    if (
      JSON.stringify(existing.instance) === JSON.stringify(fixture.instance) &&
      existing.claimId === fixture.claimId
    ) {
      return { file, status: 'exists' };
    }
    throw new FixtureError(
      `saveFixture: ${file} exists with a different instance; refusing to overwrite it.`,
    );
  }
  mkdirSync(folder, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(fixture, null, 2)}\n`);
  renameSync(temporary, file);
  return { file, status: 'written' };
}

/** Parse and validate a fixture file's text; errors name the file and the field. */
export function parseFixture(text: string, file: string): Fixture {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new FixtureError(`${file}: not valid JSON (${(e as Error).message}).`);
  }
  if (typeof raw !== 'object' || raw === null) {
    throw new FixtureError(`${file}: must hold a JSON object; received ${typeof raw}.`);
  }
  const f = raw as Record<string, unknown>;
  const requireString = (name: string) => {
    if (typeof f[name] !== 'string' || f[name] === '') {
      throw new FixtureError(
        `${file}: field '${name}' must be a non-empty string; received ${JSON.stringify(f[name])}.`,
      );
    }
  };
  if (f.format !== FIXTURE_FORMAT) {
    throw new FixtureError(
      `${file}: field 'format' must be '${FIXTURE_FORMAT}'; received ${JSON.stringify(f.format)}.`,
    );
  }
  requireString('theoremId');
  requireString('claimId');
  requireString('codeVersion');
  if (f.kind !== 'witness' && f.kind !== 'counterexample') {
    throw new FixtureError(
      `${file}: field 'kind' must be 'witness' or 'counterexample'; received ${JSON.stringify(f.kind)}.`,
    );
  }
  if (!Number.isSafeInteger(f.seed)) {
    throw new FixtureError(
      `${file}: field 'seed' must be an integer; received ${JSON.stringify(f.seed)}.`,
    );
  }
  if (typeof f.path !== 'string') {
    throw new FixtureError(
      `${file}: field 'path' must be a string; received ${JSON.stringify(f.path)}.`,
    );
  }
  if (!('instance' in f) || f.instance === null) {
    throw new FixtureError(`${file}: field 'instance' is missing.`);
  }
  if (typeof f.verdict !== 'object' || f.verdict === null) {
    throw new FixtureError(
      `${file}: field 'verdict' must be an object; received ${JSON.stringify(f.verdict)}.`,
    );
  }
  return f as unknown as Fixture;
}

export function loadFixture(file: string): Fixture {
  if (!existsSync(file)) throw new FixtureError(`loadFixture: no such file ${file}.`);
  return parseFixture(readFileSync(file, 'utf8'), file);
}

/** Every fixture stored for a theorem, sorted by file name. */
export function fixturesOf(
  theoremId: string,
  directory = FIXTURES_DIR,
): { file: string; fixture: Fixture }[] {
  const folder = join(directory, ...theoremId.split('/'));
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      return { file, fixture: loadFixture(file) };
    });
}

export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}
