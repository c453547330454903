/**
 * The one module that writes to the terminal. Results go to stdout; progress and errors to
 * stderr, so `theoremcheck list > file` stays clean.
 */

export function out(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function err(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** A one-line progress update on stderr: overwritten in place on a terminal, a line otherwise. */
export function progress(text: string, done = false): void {
  if (process.stderr.isTTY) {
    process.stderr.write(`\r\x1b[2K${text}${done ? '\n' : ''}`);
  } else if (done) {
    process.stderr.write(`${text}\n`);
  }
}
