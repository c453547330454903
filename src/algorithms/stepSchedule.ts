/**
 * Stepsize schedules: a constant, an explicit list, or a function of the step index t = 0, 1, ….
 * Every stepsize is validated when it is used: finite and > 0.
 */

export type StepSchedule = number | readonly number[] | ((t: number) => number);

export function stepAt(schedule: StepSchedule, t: number, caller: string): number {
  let eta: number;
  if (typeof schedule === 'number') eta = schedule;
  else if (typeof schedule === 'function') eta = schedule(t);
  else {
    if (t >= schedule.length) {
      throw new RangeError(
        `${caller}: the stepsize list has ${schedule.length} entries; step ${t} needs more.`,
      );
    }
    eta = schedule[t];
  }
  if (!Number.isFinite(eta) || eta <= 0) {
    throw new RangeError(
      `${caller}: stepSize must be finite and > 0; received ${eta} at step ${t}.`,
    );
  }
  return eta;
}
