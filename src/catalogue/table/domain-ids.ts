/**
 * Stable ids (pinyin) for the 26 pilot domains, so that every imported catalogue, the sample
 * data and hand-written files name the same domain the same way (`shehui-jiuzhu` for 社会救助).
 */
export const PILOT_DOMAIN_IDS: Readonly<Record<string, string>> = {
  城乡规划: 'chengxiang-guihua', 重大建设项目: 'zhongda-jianshe', 公共资源交易: 'gonggong-ziyuan', 财政预决算: 'caizheng-yujuesuan',
  安全生产: 'anquan-shengchan', 税收管理: 'shuishou-guanli', 征地补偿: 'zhengdi-buchang', 国有土地上房屋征收: 'fangwu-zhengshou',
  保障性住房: 'baozhang-zhufang', 农村危房改造: 'weifang-gaizao', 环境保护: 'huanjing-baohu', 公共文化服务: 'gonggong-wenhua',
  公共法律服务: 'gonggong-falv', 扶贫: 'fupin', 救灾: 'jiuzai', 食品药品监管: 'shipin-yaopin', 城市综合执法: 'chengshi-zhifa',
  就业: 'jiuye', 社会保险: 'shehui-baoxian', 社会救助: 'shehui-jiuzhu', 养老服务: 'yanglao-fuwu', 户籍管理: 'huji-guanli',
  涉农补贴: 'shenong-butie', 义务教育: 'yiwu-jiaoyu', 医疗卫生: 'yiliao-weisheng', 市政服务: 'shizheng-fuwu',
};

/**
 * Names county tables use for a pilot domain that are not its code-list name or alias: the
 * ministries' later names (生态环境, 卫生健康) and the long forms of guideline titles.
 */
const DOMAIN_VARIANTS: Readonly<Record<string, string>> = {
  生态环境: '环境保护', 卫生健康: '医疗卫生', 国有土地上房屋征收与补偿: '国有土地上房屋征收', 房屋征收: '国有土地上房屋征收',
  房屋征收与补偿: '国有土地上房屋征收', 食品药品安全: '食品药品监管', 农村危房改造和抗震改造: '农村危房改造', 公共资源交易管理: '公共资源交易',
  财政预算决算: '财政预决算', 预决算: '财政预决算', 重大建设项目批准和实施: '重大建设项目',
};

/** "二、生态环境领域" → 环境保护: numbering and 领域 dropped, a variant read as its pilot name; other text as it is. */
export function canonicalDomainName(text: string): string {
  const name = text.replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/, '')
    .replace(/领域$/, '');
  return DOMAIN_VARIANTS[name] ?? name;
}
