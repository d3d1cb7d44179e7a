/** `zwgk schema`: prints the catalogue format's JSON Schema. */
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { EXIT_OK, UsageError } from './io.js';
import { catalogueJsonSchema } from './json-schema.js';

export const schemaCommand: Command = {
  name: 'schema',
  usage: 'schema',
  summary: { zh: '输出目录格式的 JSON Schema（draft 2020-12）', en: 'print the JSON Schema (draft 2020-12) of the catalogue format' },
  details: [
    '  编号引用只由 zwgk validate 检查 / id references are checked by zwgk validate only',
    '',
    '  zwgk schema > catalogue.schema.json',
  ].join('\n'),
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length) throw new UsageError('schema 命令不接受参数', 'schema takes no arguments');
    io.out(JSON.stringify(catalogueJsonSchema(), null, 2));
    return EXIT_OK;
  },
};
