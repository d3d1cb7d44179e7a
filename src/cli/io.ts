/**
 * What a command may do to the outside world: print lines. Commands take it as a parameter so
 * that they can be run and checked without a terminal.
 */

export interface CliIO {
  /** Prints one line (or several joined by \n) on standard output. */
  out(text: string): void;
  /** Prints one line on standard error. */
  err(text: string): void;
}

/** Exit codes: 0 success / valid, 1 the catalogue is invalid (or could not be fetched), 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
/** An unexpected exception: a bug in zwgk rather than a problem with the catalogue (EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

/** A mistake on the command line: reported with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'UsageError';
  }
}

/** The process's own streams; a closed pipe (`zwgk schema | head`) is not an error. */
export function processIO(): CliIO {
  const ignoreEpipe = (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  };
  process.stdout.on('error', ignoreEpipe);
  process.stderr.on('error', ignoreEpipe);
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    err: (text) => void process.stderr.write(`${text}\n`),
  };
}
