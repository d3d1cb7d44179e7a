/**
 * The desk's commands for `zwgk-server`:
 *   user add <name> --name 姓名 --roles handler,reviewer [--password-stdin]
 *   user passwd <name> [--password-stdin]      a new password (generated unless given); signs the account out
 *   user roles <name> --roles …                user disable <name>     user enable <name>     user list
 *   report --year 2026 [--agency id] [--format table|csv|xlsx|json] [--out file]
 * A generated password is printed once; a given one is read from standard input, never from the
 * command line (where `ps` and the shell history would keep it). Every change is audited.
 */
import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { extname } from 'node:path';
import { ROLE_LABELS } from '../forms/request-workflow.js';
import { REPORT_COLUMN_LABELS, REPORT_COLUMNS, REPORT_ROW_LABELS, REPORT_ROWS, reportCsv } from '../forms/request-report.js';
import { readCatalogueFile } from './catalogue-source.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import { annualReportFor, reportTitle } from './desk/report.js';
import { createLogger } from './logger.js';
import { openMigrated } from './server.js';
import { generatePassword, hashPassword, passwordProblem } from './staff/passwords.js';
import { addUser, listUsers, normaliseUsername, parseRoles, setDisabled, setPassword, setRoles, UserError, type ChangeBy } from './staff/users.js';

export const option = (args: string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const out = (text: string) => process.stdout.write(`${text}\n`);
const fail = (text: string) => {
  process.stderr.write(`zwgk-server: ${text}\n`);
  return 1;
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

const cliActor = (): ChangeBy => {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    // No passwd entry (a container): the audit still says it came from the command line.
  }
  return { id: `cli:${who}`, role: 'admin' };
};

async function withDatabase(config: ServerConfig, work: (db: Database) => Promise<number>): Promise<number> {
  const db = await openMigrated(config, createLogger('warn'));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

export const USER_USAGE = 'usage: zwgk-server user add <name> --name 姓名 --roles registrar,handler,reviewer,admin [--password-stdin]\n       zwgk-server user passwd <name> [--password-stdin] | roles <name> --roles … | disable <name> | enable <name> | list';

export async function userCommand(config: ServerConfig, args: string[]): Promise<number> {
  const [sub, rawName] = args;
  const username = normaliseUsername(rawName);
  const newPassword = async (): Promise<{ hash: string; shown?: string } | string> => {
    const given = args.includes('--password-stdin') ? await readStdin() : undefined;
    const password = given ?? generatePassword();
    const problem = passwordProblem(password, username);
    if (problem) return problem;
    return { hash: await hashPassword(password, config.staff.passwordCost), ...(given === undefined ? { shown: password } : {}) };
  };
  const roles = () => {
    const text = option(args, '--roles') ?? option(args, '--role');
    return text === undefined ? undefined : parseRoles(text);
  };
  try {
    switch (sub) {
      case 'list':
        return await withDatabase(config, async (db) => {
          for (const user of await listUsers(db)) {
            out(`${user.username}\t${user.name}\t${user.roles.map((r) => ROLE_LABELS[r]['zh-CN']).join('、')}${user.disabled ? '\t已停用 disabled' : ''}${user.hasPassword ? '' : '\t(统一身份认证 proxy sign-in)'}`);
          }
          return 0;
        });
      case 'add': {
        const name = option(args, '--name');
        const chosen = roles();
        if (!username || !name || !chosen) return fail(`${!chosen && (option(args, '--roles') ?? option(args, '--role')) ? '未知的角色 / unknown role (registrar, handler, reviewer, admin; 登记员、承办人、审核人、管理员)\n' : ''}${USER_USAGE}`);
        const password = await newPassword();
        if (typeof password === 'string') return fail(password);
        return await withDatabase(config, async (db) => {
          await addUser(db, { username, name, roles: chosen, passwordHash: password.hash }, cliActor());
          out(`已创建账号 ${username}（${name}，${chosen.map((r) => ROLE_LABELS[r]['zh-CN']).join('、')}） / user ${username} created`);
          if (password.shown) out(`初始密码 / password: ${password.shown}\n只显示这一次，请当面或电话转交本人；忘记密码时用 user passwd 重设。Shown once only.`);
          return 0;
        });
      }
      case 'passwd': {
        if (!username) return fail(USER_USAGE);
        const password = await newPassword();
        if (typeof password === 'string') return fail(password);
        return await withDatabase(config, async (db) => {
          await setPassword(db, username, password.hash, cliActor());
          out(`已重设 ${username} 的密码，已登录的会话全部失效 / password changed, sessions ended`);
          if (password.shown) out(`新密码 / password: ${password.shown}`);
          return 0;
        });
      }
      case 'roles': {
        const chosen = roles();
        if (!username || !chosen) return fail(USER_USAGE);
        return await withDatabase(config, async (db) => {
          await setRoles(db, username, chosen, cliActor());
          out(`${username}: ${chosen.map((r) => ROLE_LABELS[r]['zh-CN']).join('、')}`);
          return 0;
        });
      }
      case 'disable':
      case 'enable':
        if (!username) return fail(USER_USAGE);
        return await withDatabase(config, async (db) => {
          await setDisabled(db, username, sub === 'disable', cliActor());
          out(sub === 'disable' ? `已停用 ${username}，其会话全部失效 / disabled` : `已启用 ${username} / enabled`);
          return 0;
        });
      default:
        return fail(USER_USAGE);
    }
  } catch (error) {
    if (error instanceof UserError) return fail(error.message);
    throw error;
  }
}

export const REPORT_USAGE = 'usage: zwgk-server report --year 2026 [--agency <agency id>] [--format table|csv|xlsx|json] [--out <file>]';

export async function reportCommand(config: ServerConfig, args: string[]): Promise<number> {
  const year = Number(option(args, '--year'));
  if (!Number.isInteger(year) || year < 2008 || year > 2100) return fail(REPORT_USAGE);
  const agencyId = option(args, '--agency');
  const file = option(args, '--out');
  const format = option(args, '--format') ?? (file ? extname(file).slice(1).toLowerCase() : 'table');
  if (!['table', 'csv', 'xlsx', 'json'].includes(format)) return fail(`unknown format "${format}"\n${REPORT_USAGE}`);
  if (format === 'xlsx' && !file) return fail('xlsx needs --out <file>.xlsx');
  const catalogue = config.cataloguePath ? await readCatalogueFile(config.cataloguePath) : undefined;
  if (agencyId && catalogue && !catalogue.agencies.some((a) => a.id === agencyId)) return fail(`the catalogue has no agency "${agencyId}"`);
  const agencyName = catalogue?.agencies.find((a) => a.id === (agencyId ?? catalogue.requestForm?.acceptingAgencyId))?.name ?? agencyId ?? '';
  return withDatabase(config, async (db) => {
    const report = await annualReportFor(db, { year, agencyId });
    const title = reportTitle(year, agencyName);
    let content: string | Uint8Array;
    if (format === 'csv') content = reportCsv(report);
    else if (format === 'json') content = `${JSON.stringify({ title, report }, null, 2)}\n`;
    else if (format === 'xlsx') content = await (await import('./annual-report-xlsx.js')).annualReportWorkbook(report, { title });
    else content = reportTable(title, report);
    if (file) {
      await writeFile(file, content);
      out(`${title}: ${report.requests} 件申请 → ${file}`);
    } else {
      process.stdout.write(content);
    }
    if (report.unbalanced.length) process.stderr.write(`zwgk-server: 勾稽关系不平衡的列 / unbalanced columns: ${report.unbalanced.join(', ')}\n`);
    return report.unbalanced.length ? 1 : 0;
  });
}

/** The table as text for a terminal: the seven counts first (aligned whatever the label's length), then the row's label. */
function reportTable(title: string, report: Awaited<ReturnType<typeof annualReportFor>>): string {
  const label = (row: (typeof REPORT_ROWS)[number]) => {
    const l = REPORT_ROW_LABELS[row];
    return [l.section['zh-CN'], l.group?.['zh-CN'], l.item?.['zh-CN']].filter(Boolean).slice(-2).join(' ');
  };
  const lines = [title, '', `列 columns: ${REPORT_COLUMNS.map((c, i) => `${i + 1} ${REPORT_COLUMN_LABELS[c]['zh-CN']}`).join('；')}`, ''];
  lines.push(`${REPORT_COLUMNS.map((_, i) => String(i + 1).padStart(5)).join('')}  项目`);
  for (const row of REPORT_ROWS) lines.push(`${REPORT_COLUMNS.map((c) => String(report.cells[row][c]).padStart(5)).join('')}  ${label(row)}`);
  lines.push('', `统计申请 ${report.requests} 件；未填写机构类别的法人或其他组织 ${report.organisationsWithoutKind} 件（计入“其他”）。`);
  return `${lines.join('\n')}\n`;
}
