/**
 * The information-disclosure request HTTP contract (docs/request-api.md), served by the demo
 * server:
 *   POST /api/requests                 a new application (Idempotency-Key header) → 201 receipt
 *   GET  /api/requests/:code?phone=…   its stage, outcome and statutory timeline
 * It validates with the same schema and rules as the browser (src/forms/request-schema.ts),
 * stores every application durably (fsync'ed journal) and answers one application per key.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomInt } from 'node:crypto';
import { MAX_UPLOAD_BYTES, RequestPayload, requestProblems, REQUEST_PROBLEM_TEXT } from '../forms/request-schema.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { statutoryTimeline } from '../forms/working-days.js';
import { Journal } from './journal.js';
import { HttpError, readJson, sendJson } from './http.js';

export const STAGES = ['接收', '登记', '审核', '办理', '答复', '归档'] as const;

export interface StoredRequest {
  code: string;
  receivedAt: string;
  idempotencyKey?: string;
  stage: (typeof STAGES)[number];
  /** 予以公开, 部分公开, 不予公开, 无法提供, 不予处理… once answered. */
  outcome?: string;
  /** The application; an uploaded identity proof is kept as a file beside the journal, not inline. */
  application: Omit<RequestPayload, 'identityProof'> & { identityProof?: { name: string; type: string; size: number; file: string } };
}

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 申请编号: YSQ + date of receipt (Beijing) + 6 characters without look-alikes. */
function trackingCode(receivedAt: Date): string {
  const day = new Date(receivedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += ALPHABET[randomInt(ALPHABET.length)];
  return `YSQ${day}${suffix}`;
}

const beijingDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
const applicantPhone = (r: StoredRequest) => (r.application.applicantType === '公民' ? r.application.citizen?.phone : r.application.organisation?.phone)?.replace(/\s/g, '') ?? '';

export function createRequestApi(file: string, clock: () => Date = () => new Date()) {
  const journal = new Journal<StoredRequest>(file);
  const byCode = new Map<string, StoredRequest>();
  const byKey = new Map<string, StoredRequest>();
  for (const record of journal.replay()) {
    byCode.set(record.code, record);
    if (record.idempotencyKey) byKey.set(record.idempotencyKey, record);
  }

  const receipt = (r: StoredRequest) => ({
    code: r.code,
    receivedAt: r.receivedAt,
    stage: r.stage,
    stages: STAGES,
    outcome: r.outcome,
    timeline: statutoryTimeline(beijingDate(r.receivedAt)),
  });

  function submit(body: unknown, key: string | undefined): { status: number; body: unknown } {
    if (key && byKey.has(key)) return { status: 200, body: receipt(byKey.get(key)!) };
    const parsed = RequestPayload.safeParse(body);
    if (!parsed.success) {
      throw new HttpError(422, 'invalid', '申请内容有误', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: '内容格式不对' })));
    }
    const blocking = requestProblems(parsed.data, clock()).filter((p) => !p.warning);
    if (blocking.length) throw new HttpError(422, 'invalid', '申请内容有误', blocking.map((p) => ({ path: p.path, code: p.code, message: REQUEST_PROBLEM_TEXT[p.code] ?? p.code })));
    const now = clock();
    let code = trackingCode(now);
    while (byCode.has(code)) code = trackingCode(now);
    const { identityProof, ...application } = parsed.data;
    let proof: StoredRequest['application']['identityProof'];
    if (identityProof) {
      // Kept out of the journal, which stays small and readable; written before the record that names it.
      const file = join(dirname(journal.file), 'uploads', `${code}${identityProof.type === 'application/pdf' ? '.pdf' : identityProof.type === 'image/png' ? '.png' : '.jpg'}`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, Buffer.from(identityProof.dataUrl.slice(identityProof.dataUrl.indexOf(',') + 1), 'base64'));
      proof = { name: identityProof.name, type: identityProof.type, size: identityProof.size, file };
    }
    const record: StoredRequest = { code, receivedAt: now.toISOString(), idempotencyKey: key, stage: '接收', application: { ...application, ...(proof ? { identityProof: proof } : {}) } };
    journal.append(record);
    byCode.set(code, record);
    if (key) byKey.set(key, record);
    return { status: 201, body: receipt(record) };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/requests')) return false;
    try {
      if (request.method === 'POST' && url.pathname === '/api/requests') {
        const key = request.headers['idempotency-key'];
        const result = submit(await readJson(request, Math.ceil(MAX_UPLOAD_BYTES * 1.4) + 64 * 1024), typeof key === 'string' ? key : undefined);
        sendJson(response, result.status, result.body);
        return true;
      }
      const match = /^\/api\/requests\/([A-Z0-9]+)$/.exec(url.pathname);
      if (request.method === 'GET' && match) {
        const found = byCode.get(match[1]!);
        const phone = (url.searchParams.get('phone') ?? '').replace(/\s/g, '');
        if (!found || !phone || applicantPhone(found) !== phone) throw new HttpError(404, 'not-found', '申请编号或联系电话不正确');
        sendJson(response, 200, receipt(found));
        return true;
      }
      throw new HttpError(404, 'not-found', '没有这个接口');
    } catch (error) {
      if (error instanceof HttpError) sendJson(response, error.status, { error: error.code, message: error.message, ...(error.details ? { errors: error.details } : {}) });
      else {
        console.error(error);
        sendJson(response, 500, { error: 'internal', message: '服务器内部错误，请稍后重试' });
      }
      return true;
    }
  }

  return { handle, stored: () => [...byCode.values()] };
}
