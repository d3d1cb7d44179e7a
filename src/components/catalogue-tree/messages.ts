/**
 * The tree's messages. The English half is a module of its own (messages.en.ts), loaded when a tree
 * is on an English page: most pages are zh-CN and never download it.
 */
import { defineLazyMessages } from '../../core/i18n.js';

const zhCN = {
  title: '基层政务公开事项标准目录',
  searchLabel: '搜索公开事项',
  searchHint: '可搜索事项名称、公开内容、公开依据（文号）和公开主体',
  searchPlaceholder: '如：低保、国务院令第711号、县民政局',
  filters: '筛选条件',
  level: '公开层级',
  mode: '公开方式',
  audience: '公开对象',
  domain: '领域',
  agency: '公开主体',
  channel: '公开渠道和载体',
  any: '全部',
  clearFilters: '清除筛选条件',
  exportCsv: '导出当前目录（CSV）',
  treeLabel: '公开事项目录',
  results: (count: number) => `共找到 ${count} 个公开事项`,
  total: (count: number) => `共 ${count} 个公开事项`,
  noResults: '没有找到符合条件的公开事项。',
  searching: '正在搜索…',
  noResultsHint: '请换一个关键词，或清除筛选条件后再试。',
  empty: '暂无公开事项',
  itemCount: (count: number) => `${count} 项`,
  detailEmpty: '请在目录中选择一个公开事项，查看其公开标准。',
  updated: '更新日期',
  publisher: '发布单位',
  changeLog: (count: number) => `更新记录（${count} 次）`,
  withdrawn: '（已撤销）',
  expired: '（已失效）',
  county: '县级',
  township: '乡级',
  village: '村级',
  notLoaded: '展开后加载',
  loadingItem: '正在加载该事项的公开标准…',
  detailFailed: '该事项的公开标准未能加载，请检查网络后刷新页面。',
};

export type TreeMessages = typeof zhCN;

export const messages = defineLazyMessages(zhCN, () => import('./messages.en.js').then((module) => module.en));
