/** Usage text, in Chinese and English, built from the command table. Pure. */
import type { Command } from './command.js';

export function helpText(commands: Iterable<Command>, version: string): string {
  const list = [...commands];
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    `zwgk ${version}: 政务公开目录工具 / catalogue tools for zwgk-elements`,
    '',
    '用法 / usage:',
    ...list.map((c) => `  zwgk ${c.usage}`),
    '',
    '命令 / commands:',
    ...list.flatMap((c) => [`  ${c.name.padEnd(width)}  ${c.summary.zh}`, `  ${' '.repeat(width)}  ${c.summary.en}`]),
    '',
    '运行 zwgk help <命令> 查看详细说明 / run zwgk help <command> for details',
  ].join('\n');
}

export function commandHelpText(command: Command): string {
  return [
    `用法 / usage: zwgk ${command.usage}`,
    '',
    `  ${command.summary.zh}`,
    `  ${command.summary.en}`,
    ...(command.details ? ['', command.details] : []),
  ].join('\n');
}
