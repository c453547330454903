/**
 * The CLI through its `main` function: exit codes CI can use (0 as expected, 1 changed, 2 bad
 * usage), errors that name the bad value, and a report written whole.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { main } from './main.ts';
import { UsageError } from './usage.ts';

async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  const a = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const b = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return await fn();
  } finally {
    a.mockRestore();
    b.mockRestore();
  }
}

describe('theoremcheck CLI', () => {
  test('verify writes summary.json, summary.md and index.html and exits 0 when every verdict is as expected', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tc-cli-')), 'run');
    const code = await quiet(() =>
      main([
        'verify',
        '--theorem',
        'classical/descent-lemma',
        '--runs',
        '20',
        '--out',
        out,
        '--no-save-fixtures',
      ]),
    );
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      expect.arrayContaining(['summary.json', 'summary.md', 'index.html']),
    );
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.theorems[0].theoremId).toBe('classical/descent-lemma');
    expect(summary.theorems[0].controls[0].outcome).toBe('refuted');
  });

  test('the same seed writes the same summary.json, bit for bit', async () => {
    const base = mkdtempSync(join(tmpdir(), 'tc-cli-'));
    const args = [
      'verify',
      '--theorem',
      'classical/',
      '--runs',
      '10',
      '--seed',
      '99',
      '--no-save-fixtures',
    ];
    await quiet(() => main([...args, '--out', join(base, 'a')]));
    await quiet(() => main([...args, '--out', join(base, 'b')]));
    expect(readFileSync(join(base, 'a', 'summary.json'), 'utf8')).toBe(
      readFileSync(join(base, 'b', 'summary.json'), 'utf8'),
    );
  });

  test('bad usage throws a UsageError naming the value', async () => {
    await expect(main(['verify', '--theorem', 'no/such-theorem'])).rejects.toThrow(UsageError);
    await expect(main(['verify', '--theorem', 'no/such-theorem'])).rejects.toThrow(
      /no theorem or family matches 'no\/such-theorem'/,
    );
    await expect(main(['verify', '--runs', '2.5'])).rejects.toThrow(
      /--runs: must be a positive integer; received "2.5"/,
    );
    await expect(main(['frobnicate'])).rejects.toThrow(/unknown command 'frobnicate'/);
    await expect(main(['replay', '/no/such/file.json'])).rejects.toThrow(/no such file/);
    await expect(main(['verify', '--budget', 'huge'])).rejects.toThrow(
      /--budget: must be one of quick, ci, deep/,
    );
    await expect(main(['verify', '--budget', 'quick', '--runs', '3'])).rejects.toThrow(
      /one of --runs, --runs-scale and --budget/,
    );
    await expect(main(['verify', '--shard', '3/2'])).rejects.toThrow(/1 ≤ i ≤ k/);
    await expect(main(['merge', '/tmp'])).rejects.toThrow(/--out DIR is required/);
  });

  test('verify --shard 1/2 and 2/2, then merge, writes the summary.json of an unsharded run', async () => {
    const base = mkdtempSync(join(tmpdir(), 'tc-cli-'));
    // one family keeps this fast; sharding and merging do not depend on which theorems run
    const args = [
      'verify',
      '--theorem',
      'classical/',
      '--no-save-fixtures',
      '--search-constant',
      'classical/',
      '--search-budget',
      '20',
    ];
    await quiet(() => main([...args, '--out', join(base, 'whole')]));
    await quiet(() => main([...args, '--shard', '1/2', '--out', join(base, 's1')]));
    await quiet(() => main([...args, '--shard', '2/2', '--out', join(base, 's2')]));
    const code = await quiet(() =>
      main(['merge', join(base, 's2'), join(base, 's1'), '--out', join(base, 'merged')]),
    );
    expect(code).toBe(0);
    const read = (d: string) => readFileSync(join(base, d, 'summary.json'), 'utf8');
    expect(read('merged')).toBe(read('whole'));
    expect(readFileSync(join(base, 'merged', 'index.html'), 'utf8')).toContain('Constant search');
  });

  test('an existing report directory is never overwritten', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tc-cli-'));
    await expect(
      quiet(() => main(['verify', '--runs', '5', '--out', out, '--no-save-fixtures'])),
    ).rejects.toThrow(/refusing to overwrite/);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
  });
});
