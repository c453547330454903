/**
 * The report as a person sees it: run `theoremcheck verify` into a temporary directory, open
 * its index.html in headless Chromium, and fail when the page is blank or a plot is missing.
 * Not part of `npm test` (it needs Chromium); `npm run test:browser` runs it, and
 * .ci/browser-check.sh installs Chromium first.
 *
 * Checks: the DOM Chromium builds has one <svg> with drawn marks per <figure>; the screenshot
 * is not uniform (enough non-background pixels, enough distinct colours). The screenshot is
 * kept (printed path) for a person to look at. Environment: CHROMIUM (default 'chromium').
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svgMarkCounts } from '../src/report/render.ts';
import { decodePng } from './png.ts';

const CHROMIUM = process.env.CHROMIUM ?? 'chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** a page with a table, a histogram and text: well above 1% of pixels are not background */
const MIN_INK_SHARE = 0.01;
/** text antialiasing, badges and bars give hundreds of colours; a blank page gives one */
const MIN_COLOURS = 16;

const results: { name: string; ok: boolean; detail: string }[] = [];
const record = (name: string, ok: boolean, detail: string) => results.push({ name, ok, detail });

function chromium(args: string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'theoremcheck-chromium-'));
  const run = spawnSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`browser-check: could not run ${CHROMIUM}: ${run.error.message}`);
  return run.stdout;
}

// a real report: every family at the CI budget (so every verdict is as expected), a search
const work = mkdtempSync(join(tmpdir(), 'theoremcheck-browser-'));
const reportDir = join(work, 'report');
const verify = spawnSync(
  process.execPath,
  [
    'bin/theoremcheck.mjs',
    'verify',
    '--out',
    reportDir,
    '--no-save-fixtures',
    '--search-constant',
    'classical/',
    '--search-budget',
    '200',
  ],
  { encoding: 'utf8', timeout: 600_000 },
);
record('verify writes a report', verify.status === 0, `exit ${verify.status}`);
if (verify.status !== 0) process.stderr.write(verify.stderr);
const url = pathToFileURL(join(reportDir, 'index.html')).href;

// the DOM: one drawn SVG per figure
const dom = chromium(['--dump-dom', url]);
const figures = [...dom.matchAll(/<figure\b[\s\S]*?<\/figure>/g)].map((m) => m[0]);
const drawn = figures.filter((f) => /<svg\b/.test(f) && svgMarkCounts(f).markPaths > 0);
record('the page has figures', figures.length > 0, `${figures.length} <figure> elements`);
record(
  'every figure has a drawn SVG plot',
  drawn.length === figures.length,
  `${drawn.length}/${figures.length} with marks`,
);
record('the theorem table is there', /<table class="overview">/.test(dom), 'overview table');

// the screenshot: share of pixels that differ from the top-left one, and distinct colours
function screenshot(target: string, file: string): { share: number; colours: number } {
  chromium([`--screenshot=${file}`, '--window-size=1280,2400', '--hide-scrollbars', target]);
  const image = decodePng(readFileSync(file));
  const [r0, g0, b0] = image.rgba;
  let ink = 0;
  const colours = new Set<number>();
  for (let i = 0; i < image.width * image.height; i++) {
    const [r, g, b] = image.rgba.subarray(i * 4, i * 4 + 3);
    if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) > 24) ink++;
    if (colours.size <= MIN_COLOURS) colours.add((r << 16) | (g << 8) | b);
  }
  return { share: ink / (image.width * image.height), colours: colours.size };
}
const shot = join(work, 'index.png');
const page = screenshot(url, shot);
record(
  'the screenshot is not blank',
  page.share >= MIN_INK_SHARE,
  `${(100 * page.share).toFixed(2)}% of pixels drawn (${shot})`,
);
record(
  'the screenshot has text and colour',
  page.colours > MIN_COLOURS,
  `> ${page.colours - 1} distinct colours`,
);

// the detector itself: a blank page must read as blank
const blank = screenshot('data:text/html,<html><body></body></html>', join(work, 'blank.png'));
record(
  'a blank page is recognised as blank',
  blank.share < MIN_INK_SHARE && blank.colours <= MIN_COLOURS,
  `${(100 * blank.share).toFixed(2)}% drawn, ${blank.colours} colours`,
);

for (const r of results) process.stdout.write(`${r.ok ? '✓' : '✗'} ${r.name} — ${r.detail}\n`);
const failed = results.filter((r) => !r.ok).length;
process.stdout.write(`${results.length - failed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
