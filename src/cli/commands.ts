/**
 * The command table: `zwgk <name> …` runs `commands.get(name)`. To add a subcommand (import,
 * export, diff, merge…), write a module exporting a Command and list it here.
 */
import type { Command } from './command.js';
import { commandHelpText, helpText } from './help.js';
import { EXIT_OK, UsageError } from './io.js';
import { schemaCommand } from './schema-command.js';
import { validateCommand } from './validate-command.js';
import { diffCommand } from './diff-command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { mergeCommand } from './merge-command.js';
import { renderCommand } from './render-command.js';
import { splitCommand } from './split-command.js';
import { version } from '../../package.json';

export const VERSION: string = version;

const helpCommand: Command = {
  name: 'help',
  usage: 'help [<command>]',
  summary: { zh: '显示用法说明', en: 'show usage' },
  async run(args, io) {
    if (args.length === 0) {
      io.out(helpText(commands.values(), VERSION));
      return EXIT_OK;
    }
    const command = commands.get(args[0]!);
    if (!command || args.length > 1) throw unknownCommand(args.join(' '));
    io.out(commandHelpText(command));
    return EXIT_OK;
  },
};

export const commands: ReadonlyMap<string, Command> = new Map(
  [validateCommand, schemaCommand, importCommand, exportCommand, diffCommand, mergeCommand, splitCommand, renderCommand, helpCommand].map((command) => [command.name, command]),
);

export function unknownCommand(name: string): UsageError {
  return new UsageError(`未知命令 “${name}”，运行 zwgk help 查看可用命令`, `unknown command "${name}"; run zwgk help for the list`);
}
