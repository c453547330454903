/**
 * The verification pipeline end to end on theorem values built here: sharding covers exactly
 * the unsharded work and merges back to the same summary.json; a constant halved on purpose is
 * refuted with its witness in the report; a generator that drifts off its regimes is caught.
 */
import { describe, expect, test } from 'vitest';
import { descentLemma } from '../../properties/classical/descent-lemma.ts';
import { claimsOf } from '../harness/check.ts';
import { claimsInShard } from '../harness/shard.ts';
import { defineTheorem } from '../harness/theorem.ts';
import type { AnyTheorem, Verdict } from '../harness/theorem.ts';
import { lowerBound } from '../harness/verdict.ts';
import { tolerance } from '../numeric/tolerance.ts';
import { collectRun } from './collect.ts';
import { renderHtmlReport } from './html.ts';
import { mergeSummaries } from './merge.ts';
import { stableJson } from './writeReport.ts';

const SEED = 20261203;
const base = { seed: SEED, selection: [], saveFixtures: false, runs: 25 } as const;

// a second theorem so that shards split across theorems as well as within them
const copy = defineTheorem({
  ...descentLemma,
  theoremId: 'classical/descent-lemma-copy',
  controls: descentLemma.controls,
});
const theorems: AnyTheorem[] = [descentLemma, copy];
const search = {
  patterns: ['classical/'],
  theoremIds: new Set([descentLemma.theoremId]),
  budget: 40,
};

describe('sharding and merging verify runs', () => {
  test('shards 1/2 and 2/2 run disjoint claims that together are every claim', () => {
    const [a, b] = [1, 2].map((index) => claimsInShard(theorems, { index, count: 2 }));
    for (const t of theorems) {
      const ids = [...a.get(t)!, ...b.get(t)!].map((c) => c.id).sort();
      expect(ids).toEqual(
        claimsOf(t)
          .map((c) => c.id)
          .sort(),
      );
      expect(a.get(t)!.filter((c) => b.get(t)!.includes(c))).toEqual([]);
    }
  });

  test('the merged summary.json of shards 1/2 and 2/2 equals the unsharded one', () => {
    const whole = collectRun(theorems, { ...base, search }).summary;
    const shards = [1, 2].map(
      (index) => collectRun(theorems, { ...base, search, shard: { index, count: 2 } }).summary,
    );
    expect(
      shards.every((s) => s.theorems.some((t) => t.property === null || t.controls.length < 1)),
    ).toBe(true);
    expect(stableJson(mergeSummaries(shards))).toBe(stableJson(whole));
    expect(() => mergeSummaries([shards[0]])).toThrow(/need shards 1, 2/);
  });
});

describe('the report catches what it should', () => {
  test('halving the constant of ‖∇f‖² ≤ C·(f(x_t) − f(x_{t+1})), C = 1/(η(1 − Lη/2)), is refuted', async () => {
    // C/2 is the same as doubling the guaranteed decrease; the recheck belongs to the true
    // claim, so the modified theorem drops it (triage falls back to perturbations)
    const halved = (instance: Parameters<typeof descentLemma.check>[0]): Verdict => {
      const v = descentLemma.check(instance);
      return lowerBound({
        relation: 'f(x_t) − f(x_{t+1}) ≥ 2η(1 − Lη/2)‖∇f(x_t)‖²',
        lhs: v.lhs,
        rhs: 2 * v.rhs,
        tolerance: tolerance(1e-9),
      });
    };
    const { recheck: _r, ...rest } = descentLemma;
    const modified = defineTheorem({
      ...rest,
      theoremId: 'classical/descent-lemma-halved',
      check: halved,
      controls: [],
    });
    const { summary } = collectRun([modified], base);
    const p = summary.theorems[0].property!;
    expect(summary.ok).toBe(false);
    expect(p.outcome).toBe('refuted');
    expect(p.counterexample?.verdict.ratio).toBeGreaterThan(1.5);
    expect(p.triage?.classification).toBe('genuine');
    const html = await renderHtmlReport(summary, []);
    expect(html).toContain('Shrunk witness');
    expect(html).toContain('spectrum');
    expect(html).toContain('NOT as expected');
  });

  test('a generator that drifts off a declared regime fails the run and shows as not covered', async () => {
    const regimes = [
      {
        id: 'large-step',
        description: 'η·L > 1.5',
        minShare: 0.05,
        contains: (i: { stepTimesL: number }) => i.stepTimesL > 1.5,
      },
    ];
    const healthy = defineTheorem({
      ...descentLemma,
      theoremId: 'classical/regime-healthy',
      regimes,
      controls: [],
    });
    const drifted = defineTheorem({
      ...healthy,
      theoremId: 'classical/regime-drifted',
      arbitrary: descentLemma.arbitrary.map((i) => ({ ...i, stepTimesL: i.stepTimesL / 2 })),
    });
    const { summary } = collectRun([healthy, drifted], { ...base, runs: 100 });
    const [ok, bad] = summary.theorems;
    expect(ok.property!.message).toMatch(/holds on 100/);
    expect(ok.ok).toBe(true);
    expect(ok.property!.regimes[0].covered).toBe(true);
    expect(bad.ok).toBe(false);
    expect(bad.property!.regimes[0]).toMatchObject({ hits: 0, covered: false });
    expect(bad.property!.message).toMatch(/does not reach its regimes/);
    expect(await renderHtmlReport(summary, [])).toContain('NOT covered');
  });
});
