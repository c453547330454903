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

function quiet<T>(fn: () => T): T {
  const a = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const b = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return fn();
  } finally {
    a.mockRestore();
    b.mockRestore();
  }
}

describe('theoremcheck CLI', () => {
  test('verify writes summary.json and summary.md and exits 0 when every verdict is as expected', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tc-cli-')), 'run');
    const code = quiet(() => main(['verify', '--theorem', 'classical/descent-lemma', '--runs', '20', '--out', out, '--no-save-fixtures']));
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(['summary.json', 'summary.md']));
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.theorems[0].theoremId).toBe('classical/descent-lemma');
    expect(summary.theorems[0].controls[0].outcome).toBe('refuted');
  });

  test('the same seed writes the same summary.json, bit for bit', () => {
    const base = mkdtempSync(join(tmpdir(), 'tc-cli-'));
    const args = ['verify', '--theorem', 'classical/', '--runs', '10', '--seed', '99', '--no-save-fixtures'];
    quiet(() => main([...args, '--out', join(base, 'a')]));
    quiet(() => main([...args, '--out', join(base, 'b')]));
    expect(readFileSync(join(base, 'a', 'summary.json'), 'utf8')).toBe(readFileSync(join(base, 'b', 'summary.json'), 'utf8'));
  });

  test('bad usage throws a UsageError naming the value', () => {
    expect(() => main(['verify', '--theorem', 'no/such-theorem'])).toThrow(UsageError);
    expect(() => main(['verify', '--theorem', 'no/such-theorem'])).toThrow(/no theorem or family matches 'no\/such-theorem'/);
    expect(() => main(['verify', '--runs', '2.5'])).toThrow(/--runs: must be a positive integer; received "2.5"/);
    expect(() => main(['frobnicate'])).toThrow(/unknown command 'frobnicate'/);
    expect(() => main(['replay', '/no/such/file.json'])).toThrow(/no such file/);
  });

  test('an existing report directory is never overwritten', () => {
    const out = mkdtempSync(join(tmpdir(), 'tc-cli-'));
    expect(() => quiet(() => main(['verify', '--runs', '5', '--out', out, '--no-save-fixtures']))).toThrow(/refusing to overwrite/);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
  });
});
