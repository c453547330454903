import { describe, expect, test } from 'vitest';
import { bar, formatDuration } from './progressBar.ts';

describe('progress bar', () => {
  test('the bar fills in proportion and clamps outside [0, 1]', () => {
    expect(bar(0, 10)).toBe('[░░░░░░░░░░]');
    expect(bar(0.5, 10)).toBe('[█████░░░░░]');
    expect(bar(2, 4)).toBe('[████]');
  });

  test('durations read as seconds, minutes or hours', () => {
    expect(formatDuration(1234)).toBe('1.2s');
    expect(formatDuration(125_000)).toBe('2m05s');
    expect(formatDuration(3_725_000)).toBe('1h02m');
    expect(formatDuration(Infinity)).toBe('?');
  });
});
