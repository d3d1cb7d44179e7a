/**
 * `zwgk-server`: the reference server for <zwgk-request-form> and <zwgk-open-day>, configured by
 * environment variables (docs/server.md). Commands:
 *   zwgk-server [serve]          run the HTTP server
 *   zwgk-server migrate          apply database migrations and exit
 *   zwgk-server retention        remove personal data past its retention period, once
 *   zwgk-server import-journal [--requests file] [--signups file]
 *                                move the old JSON Lines journals into the database
 *   zwgk-server user add|passwd|roles|disable|enable|list …   staff accounts of the desk
 *   zwgk-server report --year 2026 [--agency id] [--format …] [--out file]   table 三 of the annual report
 */
import { join } from 'node:path';
import { option, reportCommand, REPORT_USAGE, userCommand, USER_USAGE } from './cli-commands.js';
import { ConfigError, readConfig, type ServerConfig } from './config.js';
import { readCatalogueFile } from './catalogue-source.js';
import { importJournals } from './import-journal.js';
import { createLogger } from './logger.js';
import { runRetention } from './retention.js';
import { openMigrated, serve } from './server.js';

type Command = (config: ServerConfig, args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; run: Command }> = {
  serve: {
    summary: 'run the HTTP server (default)',
    run: async (config) => {
      await serve(config);
      return -1; // keeps running
    },
  },
  migrate: {
    summary: 'apply database migrations and exit',
    run: async (config) => {
      const db = await openMigrated(config, createLogger(config.logLevel));
      await db.close();
      return 0;
    },
  },
  retention: {
    summary: 'remove personal data past its retention period (ZWGK_RETENTION_*), once',
    run: async (config) => {
      const db = await openMigrated(config, createLogger('warn'));
      const result = await runRetention(db, config.retention);
      await db.close();
      process.stdout.write(`${JSON.stringify(result)}\n`);
      return 0;
    },
  },
  'import-journal': {
    summary: 'move requests.jsonl and open-day-signups.jsonl into the database (--requests, --signups; default: demo/.data/)',
    run: async (config, args) => {
      const legacy = join(process.cwd(), 'demo/.data');
      const files = { requests: option(args, '--requests') ?? join(legacy, 'requests.jsonl'), signups: option(args, '--signups') ?? join(legacy, 'open-day-signups.jsonl') };
      const catalogue = config.cataloguePath ? await readCatalogueFile(config.cataloguePath) : undefined;
      const db = await openMigrated(config, createLogger('warn'));
      const summary = await importJournals(db, files, catalogue);
      await db.close();
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      if (summary.missing.length) {
        process.stderr.write(`zwgk-server: ${summary.missing.length} journal records are not in the database; keep the journals and report this\n`);
        return 1;
      }
      process.stdout.write('导入完成，日志文件中的全部记录都已在数据库中，可以归档后删除这些日志文件。\nAll journal records are in the database; the journals can be archived and removed.\n');
      return 0;
    },
  },
  user: {
    summary: `staff accounts of the desk:\n${' '.repeat(18)}${USER_USAGE.replace(/^usage: /, '').replace(/\n\s*/g, `\n${' '.repeat(18)}`)}`,
    run: userCommand,
  },
  report: {
    summary: `table 三 of the annual report (国办公开办函〔2021〕30号):\n${' '.repeat(18)}${REPORT_USAGE.replace(/^usage: /, '')}`,
    run: reportCommand,
  },
};

function help(): string {
  return ['usage: zwgk-server [command]', '', ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(16)}${c.summary}`), '', 'Settings are environment variables: see docs/server.md.', ''].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name = 'serve', ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(help());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`zwgk-server: unknown command "${name}"\n${help()}`);
    return 64;
  }
  let config: ServerConfig;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`zwgk-server: ${error.message}\n`);
      return 78;
    }
    throw error;
  }
  return command.run(config, args);
}
