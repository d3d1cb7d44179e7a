/** The shape every subcommand has, so that adding one is one module plus one line in commands.ts. */
import type { CliIO } from './io.js';

export interface Command {
  /** The word typed after `zwgk`. */
  readonly name: string;
  /** Synopsis shown in help, e.g. `validate <file-or-url> [--lang en] [--json]`. */
  readonly usage: string;
  /** One-line description in each language. */
  readonly summary: { readonly zh: string; readonly en: string };
  /** Longer help (options, examples), already bilingual; shown by `zwgk help <name>`. */
  readonly details?: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}
