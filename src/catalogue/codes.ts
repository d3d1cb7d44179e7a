/**
 * Code lists of catalogue format v1: the values that catalogue files, the schema and every
 * component share. Labels are the wording county catalogues print, so components show them as-is.
 */

export interface PilotDomain {
  /** Seed order, 1–26, as in 国办发〔2019〕54号 and the provincial plans. */
  readonly order: number;
  readonly name: string;
  readonly nameEn: string;
  /** Other names the same domain goes by in older or provincial catalogues. */
  readonly aliases: readonly string[];
}

/** The 26 pilot domains (26个试点领域) in the order both seed plans list them. */
export const PILOT_DOMAINS: readonly PilotDomain[] = [
  { order: 1, name: '城乡规划', nameEn: 'Urban and rural planning', aliases: ['国土空间规划'] },
  { order: 2, name: '重大建设项目', nameEn: 'Major construction projects', aliases: [] },
  { order: 3, name: '公共资源交易', nameEn: 'Public resource trading', aliases: [] },
  { order: 4, name: '财政预决算', nameEn: 'Budgets and final accounts', aliases: [] },
  { order: 5, name: '安全生产', nameEn: 'Work safety', aliases: [] },
  { order: 6, name: '税收管理', nameEn: 'Tax administration', aliases: [] },
  { order: 7, name: '征地补偿', nameEn: 'Land expropriation compensation', aliases: [] },
  { order: 8, name: '国有土地上房屋征收', nameEn: 'Expropriation of housing on state land', aliases: ['拆迁安置'] },
  { order: 9, name: '保障性住房', nameEn: 'Subsidised housing', aliases: [] },
  { order: 10, name: '农村危房改造', nameEn: 'Rural dilapidated housing renovation', aliases: [] },
  { order: 11, name: '环境保护', nameEn: 'Environmental protection', aliases: [] },
  { order: 12, name: '公共文化服务', nameEn: 'Public cultural services', aliases: [] },
  { order: 13, name: '公共法律服务', nameEn: 'Public legal services', aliases: [] },
  { order: 14, name: '扶贫', nameEn: 'Poverty alleviation', aliases: [] },
  { order: 15, name: '救灾', nameEn: 'Disaster relief', aliases: [] },
  { order: 16, name: '食品药品监管', nameEn: 'Food and drug supervision', aliases: [] },
  { order: 17, name: '城市综合执法', nameEn: 'Urban law enforcement', aliases: [] },
  { order: 18, name: '就业', nameEn: 'Employment', aliases: ['就业创业'] },
  { order: 19, name: '社会保险', nameEn: 'Social insurance', aliases: [] },
  { order: 20, name: '社会救助', nameEn: 'Social assistance', aliases: [] },
  { order: 21, name: '养老服务', nameEn: 'Elderly care services', aliases: [] },
  { order: 22, name: '户籍管理', nameEn: 'Household registration', aliases: [] },
  { order: 23, name: '涉农补贴', nameEn: 'Agricultural subsidies', aliases: [] },
  { order: 24, name: '义务教育', nameEn: 'Compulsory education', aliases: [] },
  { order: 25, name: '医疗卫生', nameEn: 'Medical and health', aliases: [] },
  { order: 26, name: '市政服务', nameEn: 'Municipal services', aliases: [] },
];

/** Names that stand for more than one pilot domain; 扶贫救灾 was one domain in the 2017 pilots. */
export const LEGACY_DOMAIN_SPLITS: Readonly<Record<string, readonly string[]>> = {
  扶贫救灾: ['扶贫', '救灾'],
};

let byName: Map<string, PilotDomain> | undefined;
/** Built on first use, so that importing a label table does not keep the domain list alive. */
function domainsByName(): Map<string, PilotDomain> {
  if (!byName) {
    byName = new Map();
    for (const domain of PILOT_DOMAINS) {
      byName.set(domain.name, domain);
      for (const alias of domain.aliases) byName.set(alias, domain);
    }
  }
  return byName;
}

/**
 * Resolves a domain name or alias to the pilot domains it stands for: one for a current name or
 * alias, two for 扶贫救灾, none for a custom (其他领域) domain.
 */
export function resolvePilotDomains(name: string): PilotDomain[] {
  const trimmed = name.trim().replace(/领域$/, '');
  const split = LEGACY_DOMAIN_SPLITS[trimmed];
  if (split) return split.map((n) => domainsByName().get(n)!);
  const found = domainsByName().get(trimmed);
  return found ? [found] : [];
}

export * from './code-values.js';
// The map's legend names, a module of their own so that elements showing other labels do not download them.
export * from './point-types.js';
import type { AdoptionOutcome, ChannelType } from './code-values.js';

/**
 * Channel and carrier types (公开渠道和载体). The physical and online point types of DOMAIN §5.5
 * plus the checkbox vocabulary county tables print (DOMAIN-PRACTICE §1.3), one code list so
 * that an item's channel can point at a disclosure point of the same type.
 */
export const CHANNEL_TYPES = {
  website_column: '政府网站',
  gazette: '政府公报',
  new_media: '两微一端',
  press_event: '发布会/听证会',
  broadcast: '广播电视',
  newspaper: '纸质媒体',
  reading_point: '公开查阅点',
  disclosure_zone: '政务公开专区',
  service_hall: '政务服务中心',
  convenience_center: '便民服务站',
  home_visit: '入户/现场',
  notice_board: '公示栏（电子屏）',
  targeted_push: '精准推送',
  hotline: '12345政务服务热线',
  service_platform: '政务服务网',
  request_platform: '依申请公开受理平台',
  real_estate_registry: '不动产登记中心',
  archive: '档案馆',
  library: '图书馆',
  yinong_station: '益农信息社',
  meeting: '会议',
  other: '其他',
} as const satisfies Record<ChannelType, string>;

/** 采纳情况 labels (format 1.1): how one opinion of a consultation was used. */
export const ADOPTION_OUTCOME_LABELS = {
  adopted: { 'zh-CN': '采纳', en: 'Adopted' },
  partly_adopted: { 'zh-CN': '部分采纳', en: 'Partly adopted' },
  not_adopted: { 'zh-CN': '未采纳', en: 'Not adopted' },
} as const satisfies Record<AdoptionOutcome, Readonly<Record<'zh-CN' | 'en', string>>>;
