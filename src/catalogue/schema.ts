/**
 * Catalogue format v1: the one schema that catalogue files, the loader, the CLI, the generated
 * JSON Schema and the demo server all use. Field names follow DOMAIN.md §9; every departure is
 * listed in docs/catalogue-format.md.
 *
 * Objects are loose (unknown fields pass through) so that a catalogue written for a newer 1.x
 * release still loads; the validator reports unknown fields as warnings instead.
 * Cross-references and id uniqueness are checked after the shape, in references.ts, because
 * JSON Schema cannot express them.
 */
import * as z from 'zod/mini';
import * as codes from './code-values.js';
import { ID_PATTERN, ISO_DATE_PATTERN, SAFE_URL_PATTERN, SCHEMA_VERSION_PATTERN } from './patterns.js';

export * from './patterns.js';

// The JIT probe calls `new Function`, which a strict CSP reports as a violation even though zod
// catches it. Measured: validation is as fast without the JIT (TOOLCHAIN.md).
z.config({ jitless: true });

const SHORT = 500;
const LONG = 20_000;

/** A one-line label: a name, a title, a 文号. */
const label = () => z.string().check(z.minLength(1), z.maxLength(SHORT));
/** Free text such as 公开内容 or an interpretation paragraph. */
const text = () => z.string().check(z.maxLength(LONG));
const id = () => z.string().check(z.minLength(1), z.maxLength(128), z.regex(ID_PATTERN));
const ids = () => z.array(id());

const isoDate = () => z.string().check(z.regex(ISO_DATE_PATTERN));

const url = () => z.string().check(z.maxLength(4096), z.regex(SAFE_URL_PATTERN));

const oneOf = <const T extends readonly string[]>(values: T) => z.enum(values);
const list = <T extends z.ZodMiniType>(element: T) => z.optional(z.array(element));
const nonEmpty = <T extends z.ZodMiniType>(element: T) => z.array(element).check(z.minLength(1));
const opt = z.optional;

export const BasisRef = z.looseObject({
  title: label(),
  docNo: opt(label()),
  article: opt(label()),
  url: opt(url()),
});

export const TimeLimit = z.looseObject({
  text: label(),
  amount: opt(z.number().check(z.gte(0))),
  unit: opt(oneOf(codes.TIME_UNITS)),
  trigger: opt(oneOf(codes.TIME_TRIGGERS)),
  recurrence: opt(oneOf(codes.RECURRENCES)),
  /** A display window after publication, e.g. 公示7个工作日. */
  windowDays: opt(z.number().check(z.gte(0))),
});

export const ChannelRef = z.looseObject({
  type: oneOf(codes.CHANNEL_TYPE_CODES),
  name: opt(label()),
  /** ■ (true) or □ (false) in county tables: whether the channel is mandatory for this item. */
  required: opt(z.boolean()),
  pointId: opt(id()),
  url: opt(url()),
});

const Contact = z.looseObject({
  phone: opt(label()),
  email: opt(label()),
  address: opt(label()),
  url: opt(url()),
});

export const Jurisdiction = z.looseObject({
  name: label(),
  level: oneOf(codes.JURISDICTION_LEVELS),
  divisionCode: opt(z.string().check(z.regex(/^\d{6}(\d{6})?$/))),
  parentName: opt(label()),
  children: list(
    z.looseObject({
      name: label(),
      level: oneOf(codes.JURISDICTION_LEVELS),
      catalogueUrl: opt(url()),
    }),
  ),
});

export const Domain = z.looseObject({
  id: id(),
  name: label(),
  aliases: list(label()),
  nameEn: opt(label()),
  isPilot: z.boolean(),
  order: opt(z.int().check(z.gte(0))),
  responsibleAgencyIds: opt(ids()),
  guideline: opt(BasisRef),
});

export const Agency = z.looseObject({
  id: id(),
  name: label(),
  shortName: opt(label()),
  level: oneOf(codes.JURISDICTION_LEVELS),
  kind: oneOf(codes.AGENCY_KINDS),
  parentId: opt(id()),
  contact: opt(Contact),
  supervision: opt(Contact),
});

export const FieldDef = z.looseObject({
  key: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z][A-Za-z0-9_]*$/)),
  label: label(),
  type: oneOf(codes.FIELD_TYPES),
  required: z.boolean(),
  options: list(label()),
  hint: opt(label()),
  /** 1.1, `records.schema` only: the column is published as is, never de-identified. */
  public: opt(z.boolean()),
  /** 1.1, `records.schema` only: what personal data the column holds, which picks its de-identification rule. */
  personal: opt(oneOf(codes.PERSONAL_DATA_KINDS)),
  /** 1.1, `number` fields: the smallest and largest value accepted, e.g. 同行人数 0–2. */
  min: opt(z.int()),
  max: opt(z.int()),
});

export const CatalogueItem = z.looseObject({
  id: id(),
  code: opt(label()),
  order: opt(z.number()),
  domainId: id(),
  matter: label(),
  name: label(),
  path: list(label()),
  content: text(),
  standard: list(text()),
  basis: nonEmpty(BasisRef),
  timeLimit: TimeLimit,
  subjectIds: nonEmpty(id()),
  mode: oneOf(codes.MODES),
  channels: nonEmpty(ChannelRef),
  audience: oneOf(codes.AUDIENCES),
  audienceNote: opt(label()),
  levels: nonEmpty(oneOf(codes.CATALOGUE_LEVELS)),
  stages: list(oneOf(codes.STAGES)),
  category: opt(oneOf(codes.ITEM_CATEGORIES)),
  formats: list(oneOf(codes.FORMATS)),
  supervision: opt(Contact),
  links: list(z.looseObject({ title: label(), url: url(), publishedAt: opt(isoDate()) })),
  /** The 办事 item behind the disclosure (我要看 → 我要办); `name` (1.1) is its 办事事项名称. */
  serviceItemRef: opt(z.looseObject({ platform: label(), code: opt(label()), url: opt(url()), name: opt(label()) })),
  elementScope: opt(z.looseObject({ common: z.array(label()), local: z.array(label()) })),
  records: opt(
    z.looseObject({
      schema: z.array(FieldDef),
      rows: z.array(z.record(z.string(), z.unknown())),
      // 1.1: the 公示 these rows belong to, and its 公示期.
      title: opt(label()),
      displayStart: opt(isoDate()),
      displayEnd: opt(isoDate()),
      note: opt(text()),
      contact: opt(Contact),
    }),
  ),
  pushChannels: list(oneOf(codes.PUSH_CHANNELS)),
  privacy: opt(oneOf(['none', 'deidentified'] as const)),
  status: oneOf(codes.ITEM_STATUSES),
  updatedAt: isoDate(),
  /** 1.1: the child jurisdiction that publishes the item, in a catalogue that spans several (a county with its townships, a province). */
  jurisdiction: opt(label()),
});

export const Location = z.looseObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
  crs: oneOf(codes.CRS_CODES),
});

export const DisclosurePoint = z.looseObject({
  id: id(),
  name: label(),
  type: oneOf(codes.POINT_TYPE_CODES),
  kind: oneOf(codes.POINT_KINDS),
  level: oneOf(codes.CATALOGUE_LEVELS),
  agencyId: id(),
  /** 所属乡镇: lets the map filter by township. */
  township: opt(label()),
  address: opt(label()),
  location: opt(Location),
  url: opt(url()),
  qrCode: opt(url()),
  services: list(oneOf(codes.POINT_SERVICES)),
  facilities: list(oneOf(codes.POINT_FACILITIES)),
  accessibility: opt(label()),
  unifiedBranding: opt(z.boolean()),
  openingHours: opt(label()),
  phone: opt(label()),
  domainIds: opt(ids()),
  acceptsRequests: opt(z.boolean()),
});

/** 1.1: another document that amended or repealed a policy, in this catalogue (`policyId`) or outside it. */
const PolicyLink = z.looseObject({
  policyId: opt(id()),
  title: opt(label()),
  docNo: opt(label()),
  url: opt(url()),
  date: opt(isoDate()),
});

export const Policy = z.looseObject({
  id: id(),
  title: label(),
  docNo: opt(label()),
  /** 索引号, an opaque string: formats differ from platform to platform. */
  indexNo: opt(label()),
  issuerId: id(),
  drafterId: id(),
  issuedAt: isoDate(),
  publishedAt: isoDate(),
  attribute: oneOf(codes.POLICY_ATTRIBUTES),
  status: oneOf(codes.POLICY_STATUSES),
  /** 有效期: when a 试行 or time-limited document applies. */
  validFrom: opt(isoDate()),
  validUntil: opt(isoDate()),
  topics: list(label()),
  domainIds: opt(ids()),
  url: opt(url()),
  gazetteRef: opt(label()),
  interpretationIds: opt(ids()),
  summary: opt(text()),
  amendedBy: list(PolicyLink),
  repealedBy: opt(PolicyLink),
});

const Block = z.looseObject({
  type: oneOf(['paragraph', 'heading', 'list', 'qa', 'figure'] as const),
  text: opt(text()),
  items: list(text()),
  qa: list(z.looseObject({ q: text(), a: text() })),
  url: opt(url()),
  alt: opt(label()),
  caption: opt(label()),
});

export const Interpretation = z.looseObject({
  id: id(),
  policyId: id(),
  title: opt(label()),
  form: oneOf(codes.INTERPRETATION_FORMS),
  interpreter: z.looseObject({
    agencyId: id(),
    role: opt(oneOf(codes.INTERPRETER_ROLES)),
    personTitle: opt(label()),
  }),
  publishedAt: isoDate(),
  summary: opt(text()),
  blocks: list(Block),
  qa: list(z.looseObject({ q: text(), a: text() })),
  media: list(
    z.looseObject({
      type: oneOf(codes.MEDIA_TYPES),
      url: url(),
      alt: opt(label()),
      transcript: opt(text()),
      transcriptUrl: opt(url()),
      captionsUrl: opt(url()),
    }),
  ),
  channels: list(ChannelRef),
  url: opt(url()),
});

export const ConcernResponse = z.looseObject({
  id: id(),
  topic: label(),
  policyId: opt(id()),
  projectName: opt(label()),
  respondentId: id(),
  publishedAt: isoDate(),
  content: text(),
  channel: opt(label()),
  /** 1.1: when the concern was raised, so readers see how quickly it was answered. */
  raisedAt: opt(isoDate()),
  url: opt(url()),
});

export const OpenDaySession = z.looseObject({
  id: id(),
  label: opt(label()),
  start: isoDate(),
  end: opt(isoDate()),
  capacity: z.int().check(z.gte(0)),
});

export const OpenDayEvent = z.looseObject({
  id: id(),
  title: label(),
  level: oneOf(codes.OPEN_DAY_LEVELS),
  hostId: id(),
  activities: nonEmpty(oneOf(codes.OPEN_DAY_ACTIVITIES)),
  slogan: opt(label()),
  description: opt(text()),
  start: isoDate(),
  end: opt(isoDate()),
  pointId: opt(id()),
  address: opt(label()),
  audience: list(oneOf(codes.OPEN_DAY_AUDIENCES)),
  contact: opt(z.looseObject({ name: opt(label()), phone: opt(label()) })),
  sessions: list(OpenDaySession),
  registration: opt(
    z.looseObject({
      open: z.boolean(),
      deadline: opt(isoDate()),
      capacity: opt(z.int().check(z.gte(0))),
      selection: opt(oneOf(codes.SELECTION_MODES)),
      showRemaining: opt(z.boolean()),
      waitlist: opt(z.boolean()),
      fields: z.array(FieldDef),
      consentText: opt(text()),
      bring: opt(label()),
      submitUrl: opt(url()),
    }),
  ),
  status: oneOf(codes.OPEN_DAY_STATUSES),
  report: opt(z.looseObject({ url: opt(url()), summary: opt(text()) })),
});

const count = () => opt(z.int().check(z.gte(0)));

/** 1.1: one way to take part in a consultation, with the details its `type` needs. */
export const ConsultationMethod = z.looseObject({
  type: oneOf(codes.CONSULTATION_METHODS),
  note: opt(text()),
  /** An outside page: the online platform or questionnaire. */
  url: opt(url()),
  /** Opinions are written on the page itself, in the element's form (posted to the site's API). */
  onlineForm: opt(z.boolean()),
  /** Where that form posts instead, for a back end other than the site's API. */
  submitUrl: opt(url()),
  mail: opt(z.looseObject({ address: label(), recipient: opt(label()), postcode: opt(label()), note: opt(label()) })),
  email: opt(label()),
  phone: opt(label()),
  fax: opt(label()),
  start: opt(isoDate()),
  end: opt(isoDate()),
  place: opt(label()),
  pointId: opt(id()),
  capacity: count(),
  signup: opt(
    z.looseObject({
      open: z.boolean(),
      deadline: opt(isoDate()),
      url: opt(url()),
      submitUrl: opt(url()),
      phone: opt(label()),
      selection: opt(oneOf(codes.SELECTION_MODES)),
      fields: list(FieldDef),
      note: opt(text()),
    }),
  ),
});

/** 1.1: the 征求意见稿 or its 起草说明. */
const ConsultationDocument = z.looseObject({ title: label(), url: opt(url()), text: opt(text()) });

export const Consultation = z.looseObject({
  id: id(),
  title: label(),
  /** The single method of 1.0; 1.1 files give `methods` (and may keep `method` for 1.0 readers). */
  method: opt(oneOf(codes.CONSULTATION_METHODS)),
  methods: opt(nonEmpty(ConsultationMethod)),
  subjectMatter: oneOf(['公共政策措施', '公共建设项目'] as const),
  start: isoDate(),
  end: isoDate(),
  hostId: id(),
  url: opt(url()),
  summary: opt(text()),
  draft: opt(ConsultationDocument),
  explanation: opt(ConsultationDocument),
  /** The policy the consultation led to, once decided. */
  policyId: opt(id()),
  adoptionReport: opt(
    z.looseObject({
      publishedAt: isoDate(),
      summary: opt(text()),
      url: opt(url()),
      received: count(),
      adopted: count(),
      partlyAdopted: count(),
      notAdopted: count(),
      opinions: list(
        z.looseObject({
          summary: text(),
          outcome: oneOf(codes.ADOPTION_OUTCOMES),
          count: opt(z.int().check(z.gte(1))),
          reason: opt(text()),
        }),
      ),
    }),
  ),
});

export const RequestFormConfig = z.looseObject({
  acceptingAgencyId: id(),
  platform: z.looseObject({
    name: label(),
    url: opt(url()),
    scope: oneOf(codes.PLATFORM_SCOPES),
  }),
  offlinePointIds: opt(ids()),
  applicantTypes: nonEmpty(oneOf(codes.APPLICANT_TYPES)),
  fields: list(FieldDef),
  steps: list(label()),
  tracking: opt(
    z.looseObject({
      realtime: z.boolean(),
      trace: z.boolean(),
      stats: z.boolean(),
      queryUrl: opt(url()),
    }),
  ),
  /**
   * 标准文本. `type` names a notice (受理回执, 补正告知书, 延期答复告知书, 第三方意见征询函, 答复书)
   * or a reply type (予以公开, 不予公开, 属于国家秘密…); `body` (1.1) is the editable text with
   * {{占位符}} that the desk fills in; `url` a downloadable file. One of the two is expected.
   */
  replyTemplates: list(z.looseObject({ type: label(), title: label(), url: opt(url()), body: opt(text()) })),
  flowchartUrl: opt(url()),
  deadlines: opt(
    z.looseObject({
      replyWorkingDays: z.int().check(z.gte(1)),
      extensionWorkingDays: z.int().check(z.gte(0)),
      supplementNoticeWorkingDays: z.int().check(z.gte(0)),
      /** 1.1: a third party's period to answer (条例 art. 32: 15). */
      thirdPartyWorkingDays: opt(z.int().check(z.gte(1))),
      /** 1.1: the period a 补正告知书 gives the applicant when staff name none (practice: 15). */
      correctionWorkingDays: opt(z.int().check(z.gte(1))),
      source: opt(BasisRef),
    }),
  ),
  /** 1.1: the remedies a refusal states; the 复议机关 is never hard-coded. */
  remedies: opt(
    z.looseObject({
      reviewBody: opt(label()),
      court: opt(label()),
      reviewDays: opt(z.int().check(z.gte(1))),
      litigationMonths: opt(z.int().check(z.gte(1))),
    }),
  ),
  deliveryMethods: list(oneOf(codes.DELIVERY_METHODS)),
  privacyNotice: opt(text()),
  identityUpload: opt(
    z.looseObject({
      enabled: z.boolean(),
      required: opt(z.boolean()),
      maxBytes: opt(z.int().check(z.gte(1))),
      types: list(label()),
    }),
  ),
  /** 条例 art. 43: help for applicants who cannot read or fill the form. */
  help: opt(z.looseObject({ phone: opt(label()), inPerson: opt(label()), hours: opt(label()) })),
  paperFormUrl: opt(url()),
  mailingAddress: opt(label()),
  feeNotice: opt(text()),
});

export const NegativeListEntry = z.looseObject({
  id: id(),
  matter: label(),
  basis: nonEmpty(BasisRef),
  riskCategory: oneOf(codes.RISK_CATEGORIES),
  agencyId: id(),
  updatedAt: isoDate(),
  // 1.1: what exactly is withheld, and its yearly review (每年度对不予公开的政府信息进行评估).
  description: opt(text()),
  reviewedAt: opt(isoDate()),
  nextReviewAt: opt(isoDate()),
});

export const Task = z.looseObject({
  id: id(),
  seq: z.union([z.number(), label()]),
  task: text(),
  subtask: opt(text()),
  leadIds: opt(ids()),
  responsibleIds: ids(),
  guideIds: opt(ids()),
  due: z.looseObject({
    date: opt(isoDate()),
    text: label(),
    split: list(z.looseObject({ label: label(), date: isoDate() })),
  }),
});

export const ChangeLogEntry = z.looseObject({
  date: isoDate(),
  summary: text(),
  itemIds: z.array(id()),
  added: opt(ids()),
  removed: opt(ids()),
  changed: opt(ids()),
});

/**
 * 1.1: one file of a chunked catalogue's items, listed in the index (`itemChunks`). What it
 * covers (`domainIds`, or a child `jurisdiction`) lets a view load only what is opened.
 */
export const ItemChunkRef = z.looseObject({
  id: id(),
  /** Relative to the index file's URL. */
  url: url(),
  itemCount: z.int().check(z.gte(0)),
  domainIds: opt(ids()),
  /** 下级行政区划: the child jurisdiction whose items the chunk holds (a province's county, say). */
  jurisdiction: opt(label()),
  /** Size of the file in bytes, for progress and for choosing what to load first. */
  bytes: opt(z.int().check(z.gte(0))),
});

/** 1.1: the prebuilt search index of a chunked catalogue, so it can be searched before its chunks are loaded. */
export const SearchIndexRef = z.looseObject({
  url: url(),
  itemCount: z.int().check(z.gte(0)),
  bytes: opt(z.int().check(z.gte(0))),
});

export const CatalogueDocument = z.looseObject({
  schemaVersion: z.string().check(z.regex(SCHEMA_VERSION_PATTERN)),
  jurisdiction: Jurisdiction,
  title: label(),
  publisherId: id(),
  reviewedBy: opt(id()),
  version: label(),
  publishedAt: isoDate(),
  updatedAt: isoDate(),
  status: oneOf(codes.CATALOGUE_STATUSES),
  basisDocuments: list(BasisRef),
  domains: z.array(Domain),
  agencies: z.array(Agency),
  items: z.array(CatalogueItem),
  disclosurePoints: list(DisclosurePoint),
  policies: list(Policy),
  interpretations: list(Interpretation),
  responses: list(ConcernResponse),
  openDays: list(OpenDayEvent),
  consultations: list(Consultation),
  requestForm: opt(RequestFormConfig),
  negativeList: list(NegativeListEntry),
  tasks: list(Task),
  changeLog: list(ChangeLogEntry),
  /** 1.1: the rest of the items are in these files (a chunked catalogue: see docs/catalogue-format.md §1.10). */
  itemChunks: list(ItemChunkRef),
  searchIndex: opt(SearchIndexRef),
});

/** 1.1: a file of items of a chunked catalogue. Its items refer to the index's domains, agencies and points. */
export const CatalogueChunk = z.looseObject({
  schemaVersion: z.string().check(z.regex(SCHEMA_VERSION_PATTERN)),
  /** The `id` of this chunk in the index's `itemChunks`. */
  chunkId: id(),
  /** The index's `version`: a chunk left over from another version is refused. */
  catalogueVersion: label(),
  items: z.array(CatalogueItem),
  /** Where each item stands in the whole catalogue's `items` (0-based), so that joining the chunks restores the order. */
  positions: opt(z.array(z.int().check(z.gte(0)))),
});

/**
 * 1.1: the search index file of a chunked catalogue (`zwgk split` writes it): per item, in
 * catalogue order, what a view needs to list and find it without its chunk. Parallel lists.
 */
export const SearchIndexDocument = z.looseObject({
  schemaVersion: z.string().check(z.regex(SCHEMA_VERSION_PATTERN)),
  catalogueVersion: label(),
  /** Names the folding rules the texts were normalised with (see search-text.ts). */
  normalization: label(),
  ids: z.array(id()),
  /** Index of each item's chunk in `itemChunks`; -1 for an item kept in the index file itself. */
  chunks: z.array(z.int().check(z.gte(-1))),
  domainIds: z.array(id()),
  matters: z.array(label()),
  paths: z.array(z.array(label())),
  names: z.array(label()),
  orders: z.array(z.number()),
  texts: z.array(z.string()),
});

export type Catalogue = z.infer<typeof CatalogueDocument>;
export type CatalogueItem = z.infer<typeof CatalogueItem>;
export type Domain = z.infer<typeof Domain>;
export type Agency = z.infer<typeof Agency>;
export type DisclosurePoint = z.infer<typeof DisclosurePoint>;
export type Policy = z.infer<typeof Policy>;
export type Interpretation = z.infer<typeof Interpretation>;
export type ConcernResponse = z.infer<typeof ConcernResponse>;
export type Consultation = z.infer<typeof Consultation>;
export type ConsultationMethod = z.infer<typeof ConsultationMethod>;
export type NegativeListEntry = z.infer<typeof NegativeListEntry>;
export type PolicyLink = z.infer<typeof PolicyLink>;
export type ItemRecords = NonNullable<CatalogueItem['records']>;
export type OpenDayEvent = z.infer<typeof OpenDayEvent>;
export type OpenDaySession = z.infer<typeof OpenDaySession>;
export type RequestFormConfig = z.infer<typeof RequestFormConfig>;
export type FieldDef = z.infer<typeof FieldDef>;
export type BasisRef = z.infer<typeof BasisRef>;
export type ChannelRef = z.infer<typeof ChannelRef>;
export type TimeLimit = z.infer<typeof TimeLimit>;
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type ItemChunkRef = z.infer<typeof ItemChunkRef>;
export type CatalogueChunk = z.infer<typeof CatalogueChunk>;
export type SearchIndexDocument = z.infer<typeof SearchIndexDocument>;
