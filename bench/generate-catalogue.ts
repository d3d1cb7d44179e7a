/**
 * A deterministic catalogue of any size for benchmarks: the 26 pilot domains, 30 agencies,
 * realistic text lengths (10,000 items ≈ 6 MB of JSON). Same seed, same document, every run.
 */
import { PILOT_DOMAINS } from '../src/catalogue/codes.js';

/** mulberry32: small, fast, seeded (a failure can be replayed), good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MATTERS = ['政策文件', '办事指南', '审核信息', '审批结果', '资金分配', '监督检查', '行政处罚', '项目信息', '服务机构名录', '统计数据'];
const PHRASES = ['办理事项', '办理条件', '申请材料', '办理流程', '办理时限', '办理地点', '联系方式', '补助标准', '审核结果', '公示期', '救济途径', '收费标准', '监督电话', '资金规模', '实施进度'];
const LAWS = [
  ['中华人民共和国政府信息公开条例', '国务院令第711号'],
  ['社会救助暂行办法', '国务院令第649号'],
  ['国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见', '国办发〔2019〕54号'],
  ['地方预决算公开操作规程', '财预〔2016〕143号'],
  ['最低生活保障审核确认办法', '民发〔2021〕57号'],
] as const;
const CHANNELS = ['website_column', 'new_media', 'service_hall', 'notice_board', 'reading_point', 'gazette'] as const;
const LEVELS = [['county'], ['county', 'township'], ['township', 'village']] as const;

export function generateCatalogue(itemCount: number, seed = 20261122): Record<string, unknown> {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const agencies = Array.from({ length: 30 }, (_, i) => ({
    id: `ag-${i}`, name: `示例县第${i + 1}职能部门`, shortName: `县部门${i + 1}`, level: 'county', kind: i === 0 ? 'office' : 'department',
  }));
  const domains = PILOT_DOMAINS.map((d) => ({ id: `d-${d.order}`, name: d.name, isPilot: true, order: d.order, responsibleAgencyIds: [`ag-${d.order}`] }));
  const items = Array.from({ length: itemCount }, (_, i) => {
    const domain = domains[i % domains.length]!;
    const matter = `${domain.name}${pick(MATTERS)}`;
    const phrases = Array.from({ length: 6 + Math.floor(random() * 8) }, () => pick(PHRASES));
    const basis = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const [title, docNo] = pick(LAWS);
      return { title, docNo };
    });
    return {
      id: `it-${i}`,
      code: `${domain.order}-${i}`,
      domainId: domain.id,
      matter,
      name: `${matter}第${(i % 97) + 1}项公开内容`,
      content: `${phrases.join('、')}等信息，按规定在公开时限内更新。`,
      basis,
      timeLimit: { text: '自该信息形成或者变更之日起20个工作日内', amount: 20, unit: 'working_day', trigger: 'formed_or_changed' },
      subjectIds: [`ag-${1 + (i % 29)}`],
      mode: i % 9 === 0 ? '依申请' : '主动',
      channels: Array.from({ length: 1 + Math.floor(random() * 4) }, (_, j) => ({ type: CHANNELS[(i + j) % CHANNELS.length], required: j === 0 })),
      audience: i % 7 === 0 ? '特定群体' : '全社会',
      levels: [...LEVELS[i % LEVELS.length]!],
      stages: ['服务'],
      status: 'active',
      updatedAt: '2026-10-15',
    };
  });
  return {
    schemaVersion: '1.0.0',
    jurisdiction: { name: '基准县', level: 'county' },
    title: `基准县标准目录（${itemCount} 项）`,
    publisherId: 'ag-0',
    version: 'bench',
    publishedAt: '2026-10-15T09:00:00+08:00',
    updatedAt: '2026-10-15T09:00:00+08:00',
    status: 'published',
    domains,
    agencies,
    items,
  };
}

export function generateCatalogueText(itemCount: number, seed?: number): string {
  return JSON.stringify(generateCatalogue(itemCount, seed));
}
