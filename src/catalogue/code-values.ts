/**
 * The values of catalogue format v1's code lists, without display labels: all the schema needs.
 * Kept apart from codes.ts so that validating a catalogue does not ship every label; elements
 * that display codes import the labels from codes.ts.
 */

export const CHANNEL_TYPE_CODES = [
  'website_column', 'gazette', 'new_media', 'press_event', 'broadcast', 'newspaper', 'reading_point',
  'disclosure_zone', 'service_hall', 'convenience_center', 'home_visit', 'notice_board', 'targeted_push',
  'hotline', 'service_platform', 'request_platform', 'real_estate_registry', 'archive', 'library',
  'yinong_station', 'meeting', 'other',
] as const;
export type ChannelType = (typeof CHANNEL_TYPE_CODES)[number];

export const POINT_TYPE_CODES = [
  'disclosure_zone', 'service_hall', 'convenience_center', 'real_estate_registry', 'archive', 'library',
  'notice_board', 'yinong_station', 'broadcast', 'tv', 'newspaper', 'gazette', 'website_column',
  'new_media', 'service_platform', 'request_platform', 'hotline', 'press_event',
] as const;
export type PointType = (typeof POINT_TYPE_CODES)[number];

export const JURISDICTION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export const CATALOGUE_LEVELS = ['county', 'township', 'village'] as const;
export const CATALOGUE_STATUSES = ['draft', 'submitted', 'reviewed', 'published'] as const;
export const AGENCY_KINDS = [
  'government', 'office', 'department', 'vertical_branch', 'subdistrict', 'township',
  'village_committee', 'public_institution',
] as const;

/** 公开方式: 主动公开 or 依申请公开 (proactive or on request). */
export const MODES = ['主动', '依申请'] as const;
/** 公开对象. 特定群体 is the label county tables print; 特定对象 and 特定群众 are accepted by the importer. */
export const AUDIENCES = ['全社会', '特定群体'] as const;
export const STAGES = ['决策', '执行', '管理', '服务', '结果', '发布', '解读', '回应', '互动', '其他'] as const;
export const ITEM_CATEGORIES = ['公共服务', '行政许可', '行政审批', '社会治理', '其他'] as const;
export const FORMATS = ['文本', '图表', '音频', '视频'] as const;
export const PUSH_CHANNELS = ['微信', '短信', '电子邮箱', '二维码', '纸质账单', 'APP', '纸质材料'] as const;
export const ITEM_STATUSES = ['active', 'withdrawn', 'expired'] as const;
export const TIME_UNITS = ['working_day', 'day', 'hour', 'month'] as const;
export const TIME_TRIGGERS = ['formed_or_changed', 'event', 'periodic', 'other'] as const;
export const RECURRENCES = ['annual', 'quarterly', 'monthly', 'realtime'] as const;

export const POINT_KINDS = ['physical', 'online'] as const;
export const CRS_CODES = ['WGS-84', 'CGCS2000', 'GCJ-02', 'BD-09'] as const;
export const POINT_SERVICES = ['信息查询', '信息查阅', '信息公开申请', '办事咨询答复', '打印复印'] as const;
export const POINT_FACILITIES = [
  '查询电脑', '政府公报', '显示屏', '展示架', '办事指南', '便民卡', '宣传册', '二维码', '无障碍通道', '老花镜',
] as const;

export const POLICY_ATTRIBUTES = ['主动公开', '依申请公开', '不予公开'] as const;
/** 有效性: 有效 / 已修改 / 已废止 / 已失效 / 试行. */
export const POLICY_STATUSES = ['effective', 'amended', 'repealed', 'expired', 'trial'] as const;
export const INTERPRETATION_FORMS = [
  '文字', '简明问答', '图表图解', '音频', '视频', '案例说明', '新闻发布会', '吹风会', '访谈', '文章',
  '在线访谈', '政策大讲堂', '专家解读', '媒体解读',
] as const;
export const INTERPRETER_ROLES = ['第一解读人', '起草部门', '专家', '媒体'] as const;
export const MEDIA_TYPES = ['image', 'audio', 'video'] as const;

export const OPEN_DAY_LEVELS = ['county', 'township'] as const;
export const OPEN_DAY_ACTIVITIES = [
  '公民走进机关', '网络问政', '评议政务公开和政务服务', '列席政府常务会议', '负责人接待', '其他',
] as const;
export const OPEN_DAY_AUDIENCES = ['群众', '利益相关方', '群众代表', '专家', '媒体', '企业代表', '人大代表', '政协委员'] as const;
export const OPEN_DAY_STATUSES = ['planned', 'open', 'full', 'closed', 'done', 'cancelled'] as const;
/** 先到先得 / 抽签 / 审核. */
export const SELECTION_MODES = ['first_come', 'draw', 'review'] as const;
export const CONSULTATION_METHODS = [
  '座谈会', '听证会', '实地走访', '书面征求意见', '向社会公开征求意见', '问卷调查', '民意调查',
] as const;
export type ConsultationMethodType = (typeof CONSULTATION_METHODS)[number];
/** 采纳情况 of one opinion (format 1.1): 采纳 / 部分采纳 / 未采纳. */
export const ADOPTION_OUTCOMES = ['adopted', 'partly_adopted', 'not_adopted'] as const;
export type AdoptionOutcome = (typeof ADOPTION_OUTCOMES)[number];

/**
 * Kinds of personal data a 公示 list column may hold (format 1.1, `FieldDef.personal`): each has
 * its own de-identification rule (deidentify.ts). `other` is hidden entirely.
 */
export const PERSONAL_DATA_KINDS = ['name', 'idNumber', 'phone', 'bankCard', 'address', 'other'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const APPLICANT_TYPES = ['公民', '法人', '其他组织'] as const;
export const FIELD_TYPES = [
  'text', 'textarea', 'select', 'file', 'idType', 'idNumber', 'phone', 'email', 'number', 'checkbox',
] as const;
export const DELIVERY_METHODS = ['纸质', '电子', '邮寄', '电子邮件', '自行领取', '现场查阅', '在线查看'] as const;
export const PLATFORM_SCOPES = ['county', 'city', 'province'] as const;
export const RISK_CATEGORIES = ['国家安全', '公共安全', '经济安全', '社会稳定', '其他'] as const;
