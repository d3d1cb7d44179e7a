/**
 * Entry point of the `zwgk` CLI (bundled to dist/cli/zwgk.mjs by scripts/build-cli.mjs and started
 * by bin/zwgk.mjs): dispatches to the command table and turns usage errors into exit code 2.
 */
import { pathToFileURL } from 'node:url';
import { commandHelpText, helpText } from './help.js';
import { commands, unknownCommand, VERSION } from './commands.js';
import { type CliIO, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processIO, UsageError } from './io.js';

const HELP_FLAGS = new Set(['-h', '--help']);

/** Runs `zwgk` with `argv` (the arguments after `zwgk`); resolves to the exit code, never throws. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(helpText(commands.values(), VERSION));
    return EXIT_USAGE;
  }
  if (HELP_FLAGS.has(name)) {
    io.out(helpText(commands.values(), VERSION));
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return EXIT_OK;
  }
  const command = commands.get(name);
  try {
    if (!command) throw unknownCommand(name);
    if (rest.some((arg) => HELP_FLAGS.has(arg))) {
      io.out(commandHelpText(command));
      return EXIT_OK;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (!(e instanceof UsageError)) {
      io.err(`zwgk: 内部错误 / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return EXIT_INTERNAL;
    }
    io.err(`zwgk: ${e.zh}`);
    io.err(`zwgk: ${e.en}`);
    if (command) io.err(`用法 / usage: zwgk ${command.usage}`);
    return EXIT_USAGE;
  }
}

// Run when executed directly (`node dist/cli/zwgk.mjs …`); bin/zwgk.mjs imports and calls main().
// No top-level await: the offline package's single-file zwgk.cjs bundles this module as CommonJS.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
