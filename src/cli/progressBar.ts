/**
 * A progress bar with an ETA for long runs, drawn from work units (instances and search
 * evaluations, not claims: claims differ a hundredfold in size). On a terminal it redraws one
 * line; in a log (CI) it writes a line each time another tenth of the work is done.
 */
import { err, progress } from './print.ts';

const WIDTH = 24;

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${(ms / 1000).toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function bar(fraction: number, width = WIDTH): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}

export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  finish(text: string): void;
}

export function createProgressBar(now: () => number = Date.now): ProgressBar {
  const started = now();
  let lastTenth = -1;
  return {
    update(done, total, label) {
      const fraction = total > 0 ? done / total : 1;
      const elapsed = now() - started;
      const eta = done > 0 ? (elapsed / done) * (total - done) : Infinity;
      const line =
        `${bar(fraction)} ${(100 * fraction).toFixed(0).padStart(3)}%  elapsed ${formatDuration(elapsed)}` +
        `  eta ${formatDuration(eta)}  ${label}`;
      if (process.stderr.isTTY) {
        progress(line);
      } else if (Math.floor(fraction * 10) > lastTenth) {
        lastTenth = Math.floor(fraction * 10);
        err(line);
      }
    },
    finish(text) {
      progress(text, true);
    },
  };
}
