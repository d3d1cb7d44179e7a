/**
 * The labels of an item's standard, both languages: they come with the detail (item-detail.ts,
 * a lazy chunk); the tree's own table (messages.ts) has the rest. The diff report's field labels
 * must read the same (test/node/diff.test.mjs).
 */
import { defineMessages } from '../../core/i18n.js';

/** The standard's labels, both languages: they come with the detail (the tree's own table has the rest). */
export const detailMessages = defineMessages({
  'zh-CN': {
    backToList: '返回目录列表',
    matter: '公开事项',
    content: '公开内容（要素）',
    standard: '公开标准',
    basis: '公开依据',
    timeLimit: '公开时限',
    subjects: '公开主体',
    channels: '公开渠道和载体',
    audienceLabel: '公开对象',
    modeLabel: '公开方式',
    levels: '公开层级',
    stages: '过程',
    category: '项目类别',
    supervision: '监督方式',
    links: '已公开内容链接',
    required: '■ 必选',
    optional: '□ 可选',
    channelLegend: '■ 表示必选渠道，□ 表示可选渠道',
    request: '申请公开',
    requestHint: '本事项依申请公开，可在线提交政府信息公开申请。',
  },
  en: {
    backToList: 'Back to the list',
    matter: 'Matter',
    content: 'Content (elements)',
    standard: 'Standard',
    basis: 'Legal basis',
    timeLimit: 'Time limit',
    subjects: 'Disclosing body',
    channels: 'Channels',
    audienceLabel: 'Audience',
    modeLabel: 'Mode',
    levels: 'Level',
    stages: 'Process stage',
    category: 'Category',
    supervision: 'Supervision',
    links: 'Published content',
    required: '■ required',
    optional: '□ optional',
    channelLegend: '■ required channel, □ optional channel',
    request: 'Request disclosure',
    requestHint: 'This item is disclosed on request; you can apply online.',
  },
});
