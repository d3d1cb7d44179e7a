import { css, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scope } from '../../core/light-dom.js';
import { formatDate } from '../../core/format.js';
import { translate } from '../../core/i18n.js';
import type { Catalogue, FieldDef } from '../../catalogue/schema.js';
import { DraftStore } from '../../forms/draft.js';
import { ZwgkFormElement } from '../../forms/form-element.js';
import {
  checkFields, fieldError, formMessages, inPageOrder, keepSubmitInside, NO_FIELDS, renderDraftNotice, renderErrorSummary, renderFailure, renderField,
  renderFieldError, renderFields, renderSubmit, withValue, type FieldsState, renderFileControl,
} from '../../forms/form-view.js';
import { lookUp, newIdempotencyKey, submitJson } from '../../forms/submit.js';
import { DELIVERY, DELIVERY_FOR_FORM, ID_TYPES, ORGANISATION_KINDS, PROVIDE_FORMS, RequestPayload, requestProblems, uploadProblem, UPLOAD_TYPES, type RequestProblem } from '../../forms/request-schema.js';
import type { PublicStatus } from '../../forms/request-trace.js';
import type { StatutoryTimeline } from '../../forms/working-days.js';
import { messages, problemText } from './messages.js';

export interface RequestReceipt {
  code: string;
  receivedAt: string;
  stage: string;
  stages: readonly string[];
  outcome?: string;
  timeline: StatutoryTimeline;
  /** The public trace: dated steps, the due date with pauses and extension explained, the outcome with its remedies (lookups). */
  status?: PublicStatus;
  /** Whether the reply (答复书) can be downloaded with the code and phone. */
  replyAvailable?: boolean;
}

const APPLICANT_TYPES = ['公民', '法人', '其他组织'] as const;
type ProvideForm = (typeof PROVIDE_FORMS)[number];
type Delivery = (typeof DELIVERY)[number];

/**
 * 提供形式 and 获取方式 the office offers: its `deliveryMethods` may list forms (纸质, 电子), ways of
 * getting them (邮寄 … 在线查看), or both. Forms alone imply their usual ways; ways alone imply
 * their forms. The two are not tied to each other once offered: an electronic copy on a disc is
 * posted or collected too.
 */
export function deliveryChoices(configured: readonly string[] | undefined): { forms: ProvideForm[]; ways: Delivery[] } {
  const list = configured ?? [];
  const listedForms = PROVIDE_FORMS.filter((f) => list.includes(f));
  const listedWays = DELIVERY.filter((d) => list.includes(d));
  const formOf = (way: Delivery) => PROVIDE_FORMS.find((f) => DELIVERY_FOR_FORM[f].includes(way))!;
  const forms = listedForms.length ? listedForms : listedWays.length ? PROVIDE_FORMS.filter((f) => listedWays.some((w) => formOf(w) === f)) : [...PROVIDE_FORMS];
  const ways = listedWays.length ? listedWays : DELIVERY.filter((w) => forms.includes(formOf(w)));
  return { forms, ways };
}

type Values = Record<string, string>;

const CITIZEN: FieldDef[] = [
  { key: 'citizen.name', label: '姓名', type: 'text', required: true },
  { key: 'citizen.idType', label: '证件类型', type: 'select', required: true, options: [...ID_TYPES] },
  { key: 'citizen.idNumber', label: '证件号码', type: 'text', required: true, hint: '仅用于核实申请人身份，不会保存在本机浏览器中' },
  { key: 'citizen.phone', label: '联系电话', type: 'phone', required: true, hint: '手机号码或带区号的固定电话' },
  { key: 'citizen.address', label: '通信地址', type: 'text', required: true },
  { key: 'citizen.postcode', label: '邮政编码', type: 'text', required: false },
  { key: 'citizen.email', label: '电子邮箱', type: 'email', required: false },
  { key: 'citizen.workplace', label: '工作单位', type: 'text', required: false },
];
const ORGANISATION: FieldDef[] = [
  { key: 'organisation.name', label: '名称', type: 'text', required: true },
  { key: 'organisation.kind', label: '机构类别', type: 'select', required: true, options: [...ORGANISATION_KINDS], hint: '用于政府信息公开工作年度报告的统计' },
  { key: 'organisation.creditCode', label: '统一社会信用代码', type: 'text', required: true, hint: '18位，见营业执照或登记证书' },
  { key: 'organisation.legalRepresentative', label: '法定代表人或负责人', type: 'text', required: true },
  { key: 'organisation.contactName', label: '联系人姓名', type: 'text', required: true },
  { key: 'organisation.phone', label: '联系电话', type: 'phone', required: true },
  { key: 'organisation.email', label: '电子邮箱', type: 'email', required: false },
  { key: 'organisation.address', label: '通信地址', type: 'text', required: true },
];
const AGENT: FieldDef[] = [
  { key: 'agent.name', label: '代理人姓名', type: 'text', required: true },
  { key: 'agent.idType', label: '代理人证件类型', type: 'select', required: true, options: [...ID_TYPES] },
  { key: 'agent.idNumber', label: '代理人证件号码', type: 'text', required: true },
  { key: 'agent.phone', label: '代理人联系电话', type: 'phone', required: false },
];
const INFORMATION: FieldDef[] = [
  { key: 'information.title', label: '所需信息的名称或标题', type: 'text', required: false },
  { key: 'information.docNo', label: '文号', type: 'text', required: false, hint: '如：示政办〔2026〕12号' },
  { key: 'information.description', label: '其他特征性描述', type: 'textarea', required: false, hint: '如信息的产生时间、制作机关、涉及的事项或地点' },
  { key: 'information.indexNo', label: '索引号', type: 'text', required: false },
];
const SENSITIVE = new Set(['citizen.idNumber', 'agent.idNumber']);
/** The two documents an application may carry: the applicant's identity proof and the agent's 委托书. */
type UploadKey = 'identityProof' | 'authorization';

/** Builds the nested application from flat `a.b` field values (empty strings dropped). */
export function toPayload(values: Values): RequestPayload {
  const out: Record<string, unknown> = { applicantType: values.applicantType || '公民', information: {} };
  for (const [path, value] of Object.entries(values)) {
    if (path === 'applicantType' || value === '' || path === 'agentEnabled') continue;
    if (path === 'privacyConsent') {
      out.privacyConsent = value === 'yes';
      continue;
    }
    const [group, key] = path.split('.');
    if (!key) out[group!] = value;
    else if ((group !== 'agent' || values.agentEnabled === 'yes') && (group === 'information' || group === 'agent' || (group === 'citizen') === (out.applicantType === '公民'))) {
      out[group!] = { ...((out[group!] as object) ?? {}), [key]: value };
    }
  }
  return out as RequestPayload;
}

/**
 * @tagname zwgk-request-form
 * @summary The information-disclosure request (依申请公开): applicant (with an agent's ID type and 委托书), requested information, delivery as the office configures it, a receipt with the statutory timeline, and a status lookup with the public trace, the due date explained, the outcome with its remedies and the reply to download.
 *
 * Configured from the catalogue's `requestForm` (accepting agency, deadlines, help, paper form,
 * privacy and fee notices) and from attributes. Fields and checks follow the 2019 条例 and
 * DOMAIN-PRACTICE §2: resident ID (GB 11643) and credit code (GB 32100) checksums, phone, postcode,
 * e-mail, and "a title, a 文号 or a description". Errors follow GOV.UK: `novalidate`, an error
 * summary that takes focus and links to each field, inline messages tied by aria-describedby.
 * Nothing is lost: a draft is kept in sessionStorage as the reader types (ID numbers only with
 * `persist-sensitive`), a failed send keeps every value and offers a retry with the same
 * idempotency key, so a double click or a retry records one application.
 *
 * Every required field carries `required` (exposed to assistive technology; the checks stay ours,
 * `novalidate`). While the application is being sent the submit button keeps focus (it is marked
 * `aria-disabled`, not disabled); a failure or a refusal is announced and takes focus.
 *
 * Rendered in the light DOM (issue 15), so that 无障碍 toolbars, reader modes and crawlers read it:
 * labels, hints, errors, the receipt and the status lookup are the page's own nodes, styled by a
 * stylesheet scoped to the tag (CONTRIBUTING.md, "Light DOM"). Ids are document-unique: the field
 * for `citizen.name` is `el.uid('field-citizen.name')` (`zwgk-request-field-citizen.name` for the
 * first form on a page). The `::part()` names below keep their `part` attributes; select them as
 * `zwgk-request-form:not(#_):not(#_):not(#_) [part~="receipt"]` (docs/integrator-guide.md §6).
 *
 * Form participation: the element is a form-associated custom element, so a surrounding CMS
 * `<form>` receives the application as JSON under the element's `name` (and only that: our own
 * fields belong to the element's inner `<form>`, the nearest one, so their names never reach the
 * page's form), and form reset and browser state restore work. The inner form's `submit` events
 * stop at the element, so a page's handlers on its own form never take them for its own.
 *
 * @slot - Fallback content (e.g. a link to the platform's request page or the paper form) shown until the catalogue is ready, and again under a load error.
 *
 * @event zwgk-submit - Before the application is sent. Cancelable. `detail`: `{ kind: 'request', application }`.
 * @event zwgk-submitted - The server accepted it. `detail`: `{ kind: 'request', receipt }` with `code`, `receivedAt` and the `timeline`.
 * @event zwgk-error - The catalogue failed to load, or the application could not be sent. `detail`: `{ errors, warnings, source }`.
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 *
 * @csspart form - The application form.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart receipt - The receipt.
 * @csspart help - The help box (phone, in person, paper form, post).
 * @csspart lookup - The status lookup.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - Buttons, links and focus.
 * @cssproperty --zwgk-color-danger - Errors.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 * @cssproperty --zwgk-reserved-height - Height kept while the element's code and catalogue load (default 40em; 16em with `mode="status"`).
 */
export class ZwgkRequestForm extends ZwgkFormElement {
  static formAssociated = true;
  static override idBase = 'request';

  static override lightStyles(tag: string): CSSResult[] {
    const { body, host } = scope(tag);
    return [
      ...super.lightStyles(tag),
      css`
        ${host}[mode='status'][data-zwgk-loading] { min-height: var(--zwgk-reserved-height, 16em); }
        ${body} fieldset { margin: 0 0 var(--_zwgk-space-xl); padding: var(--_zwgk-space-l); border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
        ${body} legend { padding: 0 var(--_zwgk-space-s); font-size: 1.1em; font-weight: 700; }
        ${body} .zwgk-radios label { display: inline-flex; align-items: center; gap: var(--_zwgk-space-s); min-height: 44px; margin-inline-end: var(--_zwgk-space-l); }
        ${body} .zwgk-help { margin: 0 0 var(--_zwgk-space-xl); padding: var(--_zwgk-space-l); background: var(--_zwgk-color-surface); border-radius: var(--_zwgk-radius); }
        ${body} .zwgk-help p { margin: 0 0 var(--_zwgk-space-xs); }
        ${body} .zwgk-receipt { display: block; padding: var(--_zwgk-space-l); border: 4px solid var(--_zwgk-color-success); border-radius: var(--_zwgk-radius); }
        ${body} .zwgk-receipt:focus { outline: var(--_zwgk-focus-ring) !important; outline-offset: 2px !important; }
        ${body} .zwgk-code { font-size: 1.5em; font-weight: 700; letter-spacing: 0.05em; }
        ${body} ol.zwgk-stages { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-s); margin: 0 0 var(--_zwgk-space-s); padding: 0; list-style: none !important; }
        ${body} ol.zwgk-stages li { padding: var(--_zwgk-space-xs) var(--_zwgk-space-m); border: 2px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
        ${body} ol.zwgk-stages li[aria-current='step'] { color: var(--_zwgk-color-primary-contrast); background: var(--_zwgk-color-primary); border-color: var(--_zwgk-color-primary); font-weight: 700; }
        ${body} .zwgk-title { margin: 0 0 var(--_zwgk-space-m); font-size: 1.25em; font-weight: 700; }
        ${body} .zwgk-due, ${body} .zwgk-outcome { margin: 0 0 var(--_zwgk-space-m); padding: var(--_zwgk-space-s) var(--_zwgk-space-m); border-inline-start: 4px solid var(--_zwgk-color-primary); }
        ${body} .zwgk-outcome dt { font-weight: 700; }
        ${body} .zwgk-outcome dd { margin: 0 0 var(--_zwgk-space-xs); }
        ${body} ol.zwgk-trace > li { margin-bottom: var(--_zwgk-space-s); }
        @media print {
          ${body} form, ${body} .zwgk-help, ${body} .zwgk-lookup, ${body} button { display: none !important; }
          ${body} .zwgk-receipt { border-width: 1px; }
        }
      `,
    ];
  }

  /** Endpoint the application is POSTed to (docs/request-api.md). */
  @property() action = '/api/requests';
  /** `form` (default) to apply, or `status` to look up an application by code and phone. */
  @property() mode: 'form' | 'status' = 'form';
  /** Id of the catalogue item the request is about (also read from `?item=` in the page URL). */
  @property() item?: string;
  /** Name under which a surrounding `<form>` receives the application (JSON). */
  @property({ reflect: true }) name = 'application';
  /** Milliseconds to wait for the server before keeping the values and offering a retry. */
  @property({ type: Number, attribute: 'submit-timeout' }) submitTimeout = 20_000;
  /** Keep ID numbers in the saved draft too (off by default). */
  @property({ type: Boolean, attribute: 'persist-sensitive' }) persistSensitive = false;

  @state() private values: Values = { applicantType: '公民' };
  @state() private errors: Record<string, string> = {};
  @state() private warnings: Record<string, string> = {};
  @state() private sending = false;
  @state() private failure?: string;
  @state() private restored = false;
  /** The receipt on screen (set after a successful send; integrators who submit server-side can set it). */
  @property({ attribute: false }) receipt?: RequestReceipt;
  @state() private lookupResult?: RequestReceipt;
  @state() private lookupError = '';
  @state() private lookupForm: FieldsState = NO_FIELDS;
  /** The chosen identity proof: in memory only, never in the draft or the surrounding form's value. */
  @state() private uploads: Partial<Record<UploadKey, File>> = {};
  /** The code and phone of the last successful lookup, for the reply download (memory only). */
  private lookedUp?: { code: string; phone: string };
  private idempotencyKey = newIdempotencyKey();
  /**
   * Form participation, where the browser has it: Safari before 16.4 has no ElementInternals (and
   * neither has the DOM that `zwgk render` draws the form in); the form works there all the same,
   * only a surrounding CMS <form> does not receive the application.
   */
  private readonly internals: ElementInternals | undefined = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  private prefilledFor?: Catalogue;
  private readonly draft = () => new DraftStore(`zwgk-request-form:${location.pathname}`, SENSITIVE, undefined, this.persistSensitive);

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = this.draft().load();
    if (saved) {
      this.values = { ...this.values, ...saved };
      this.restored = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const data = this.data;
    if (data && this.prefilledFor !== data) {
      this.prefilledFor = data;
      const params = new URLSearchParams(location.search);
      const itemId = this.item ?? params.get('item') ?? undefined;
      const item = itemId ? data.items.find((i) => i.id === itemId) : undefined;
      const title = item?.name ?? params.get('title') ?? undefined;
      if (itemId && !this.values['information.itemId']) this.values = { ...this.values, 'information.itemId': itemId };
      if (title && !this.values['information.title']) this.values = { ...this.values, 'information.title': title };
    }
    // An office that takes only organisations (say) starts there, also after a reset.
    const types = data ? this.applicantTypes() : undefined;
    if (types && !types.includes(this.values.applicantType ?? '')) this.values = { ...this.values, applicantType: types[0]! };
    if ((changed as Map<string, unknown>).has('values')) this.internals?.setFormValue(JSON.stringify(toPayload(this.values)));
  }

  /** A surrounding form was reset. */
  formResetCallback(): void {
    this.values = { applicantType: '公民' };
    this.errors = {};
    this.summary = [];
    this.draft().clear();
  }

  /** The browser restores form state (back/forward navigation). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      const payload = JSON.parse(state) as Record<string, unknown>;
      const flat: Values = { applicantType: String(payload.applicantType ?? '公民') };
      for (const [group, value] of Object.entries(payload)) {
        if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) flat[`${group}.${key}`] = String(v);
        else if (group !== 'applicantType') flat[group] = group === 'privacyConsent' ? (value ? 'yes' : '') : String(value);
      }
      this.values = flat;
    } catch {
      // Not ours: ignore.
    }
  }

  private isCitizen(): boolean {
    return this.values.applicantType !== '法人' && this.values.applicantType !== '其他组织';
  }

  /** The applicant types the office accepts (its `applicantTypes`), in the usual order. */
  private applicantTypes(): string[] {
    const configured = this.data?.requestForm?.applicantTypes;
    const types = APPLICANT_TYPES.filter((t) => !configured?.length || configured.includes(t));
    return types.length ? types : [...APPLICANT_TYPES];
  }

  private setValue(key: string, value: string): void {
    this.values = { ...this.values, [key]: value };
    if (this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    this.draft().save(this.values);
  }

  private problemMessage(problem: RequestProblem): string {
    const all = [...CITIZEN, ...ORGANISATION, ...AGENT, ...INFORMATION];
    const label = all.find((f) => f.key === problem.path)?.label ?? (problem.path === 'provideForm' ? this.msg(messages, 'provideForm') : problem.path === 'delivery' ? this.msg(messages, 'delivery') : problem.path);
    if (problem.code === 'required') return translate(formMessages, this.locale, problem.path === 'citizen.idType' || problem.path === 'provideForm' || problem.path === 'delivery' ? 'choose' : 'required', label);
    const specific = (problemText[this.locale] as Record<string, string>)[problem.code];
    if (specific) return specific;
    return translate(formMessages, this.locale, (problem.code === 'phone' ? 'phone' : problem.code === 'email' ? 'email' : problem.code) as 'phone');
  }

  private async onSubmit(): Promise<void> {
    // A press while sending (the button stays focusable) is ignored: one application per press.
    if (this.sending) return;
    const application = toPayload(this.values);
    const uploadConfig = this.data?.requestForm?.identityUpload;
    const agent = this.values.agentEnabled === 'yes';
    const problems = requestProblems(application);
    const errors: Record<string, string> = {};
    const warnings: Record<string, string> = {};
    for (const problem of problems) (problem.warning ? warnings : errors)[problem.path] ??= this.problemMessage(problem);
    // An applicant who says an agent applies must name the agent (the rules see only the agent fields that were filled in);
    // an organisation says its kind (table 三 of the annual report counts by it).
    for (const def of [...(agent ? AGENT : []), ...(this.isCitizen() ? [] : ORGANISATION.filter((f) => f.key === 'organisation.kind'))]) {
      const message = fieldError(def, this.values[def.key] ?? '', this.locale);
      if (message) errors[def.key] ??= message;
    }
    if (uploadConfig?.enabled) {
      for (const key of agent ? (['identityProof', 'authorization'] as const) : (['identityProof'] as const)) {
        const file = this.uploads[key];
        const problem = file ? uploadProblem(file, uploadConfig.types, uploadConfig.maxBytes) : uploadConfig.required ? 'required' : undefined;
        // Where the office asks for documents online, an agent's 委托书 is asked for up front too (as the server does).
        if (problem) errors[key] = problem !== 'required' ? problemText[this.locale][problem] : key === 'authorization' ? problemText[this.locale]['authorization-required'] : translate(formMessages, this.locale, 'required', this.msg(messages, 'upload'));
      }
    }
    this.errors = errors;
    this.warnings = warnings;
    this.summary = inPageOrder(Object.entries(errors).map(([path, message]) => ({ id: this.fieldId(path), message })), this.renderRoot);
    if (this.summary.length) return;
    // From here on a second press is ignored, also while the identity proof is being read.
    this.sending = true;
    if (uploadConfig?.enabled) {
      for (const key of agent ? (['identityProof', 'authorization'] as const) : (['identityProof'] as const)) {
        const upload = this.uploads[key];
        if (!upload) continue;
        const dataUrl = await new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.onerror = () => reject(reader.error);
          reader.readAsDataURL(upload);
        });
        application[key] = { name: upload.name, type: upload.type as (typeof UPLOAD_TYPES)[number], size: upload.size, dataUrl };
      }
    }
    if (!this.emit('zwgk-submit', { kind: 'request', application }, { cancelable: true })) {
      this.sending = false;
      return;
    }
    this.failure = undefined;
    const outcome = await submitJson<RequestReceipt>(this.action, application, { idempotencyKey: this.idempotencyKey, timeout: this.submitTimeout });
    this.sending = false;
    if (outcome.kind === 'ok') {
      this.receipt = outcome.data;
      this.draft().clear();
      this.values = { applicantType: '公民' };
      this.uploads = {};
      this.idempotencyKey = newIdempotencyKey();
      this.emit('zwgk-submitted', { kind: 'request', receipt: outcome.data });
      await this.focusRendered('.zwgk-receipt');
      return;
    }
    if (outcome.kind === 'invalid') {
      const byPath: Record<string, string> = {};
      for (const e of outcome.errors) byPath[e.path] = e.message;
      this.errors = byPath;
      this.summary = inPageOrder(Object.entries(byPath).map(([path, message]) => ({ id: this.fieldId(path), message })), this.renderRoot);
      return;
    }
    this.failure = outcome.kind === 'refused' ? `${this.msg(messages, 'refused')}${outcome.message}` : this.msg(messages, outcome.kind);
    this.emit('zwgk-error', { errors: [{ kind: 'network', path: '', code: outcome.kind, message: { 'zh-CN': this.failure, en: this.failure } }], warnings: [], source: this.action });
    await this.focusRendered('.zwgk-failure');
  }

  /** The status lookup's fields: both required; the phone may be a landline, as in the application. */
  private lookupFields(): FieldDef[] {
    return [
      { key: 'code', label: this.msg(messages, 'statusCode'), type: 'text', required: true },
      { key: 'contactPhone', label: this.msg(messages, 'statusPhone'), type: 'phone', required: true },
    ];
  }

  private async lookup(): Promise<void> {
    const checked = checkFields(this.lookupFields(), this.lookupForm, this.locale);
    this.lookupForm = checked;
    this.lookupError = '';
    if (checked.invalid) {
      await this.focusRendered(`#${CSS.escape(this.uid(`lookup-${checked.invalid}`))}`);
      return;
    }
    const { code = '', contactPhone = '' } = checked.values;
    const outcome = await lookUp<RequestReceipt>(`${this.action}/lookup`, code.trim().toUpperCase(), contactPhone.trim());
    if (outcome.kind === 'ok') {
      this.lookupResult = outcome.data;
      this.lookedUp = { code: code.trim().toUpperCase(), phone: contactPhone.trim() };
      return;
    }
    if (outcome.kind !== 'network') this.lookupResult = undefined;
    this.lookupError = this.msg(messages, outcome.kind === 'too-many' ? 'tooMany' : outcome.kind === 'network' ? 'network' : 'notFound');
  }

  private field(def: FieldDef) {
    const error = this.errors[def.key] || undefined;
    const warning = this.warnings[def.key];
    return html`${renderField(def, { value: this.values[def.key] ?? '', error, onInput: (v) => this.setValue(def.key, v) }, this.locale, this.fieldId(def.key))}
      ${warning && !error ? html`<p class="zwgk-notice" role="note">${warning}</p>` : nothing}`;
  }

  /** A required choice: a radio group that says it is required (Chromium reports `required` on the group, not on a radio), and `required` on each radio. */
  private radios(key: string, legend: string, options: readonly string[], note?: TemplateResult) {
    const error = this.errors[key] || undefined;
    const errorId = `${this.fieldId(key)}-error`;
    return html`<fieldset class="zwgk-radios ${error ? 'zwgk-has-error' : ''}" role="radiogroup" aria-required="true" aria-describedby=${error ? errorId : nothing}>
      <legend>${legend}</legend>
      ${renderFieldError(errorId, error, this.locale)}
      ${options.map((option, i) => html`<label><input type="radio" name=${key} id=${i === 0 ? this.fieldId(key) : nothing} value=${option} required
        .checked=${this.values[key] === option} @change=${() => this.setValue(key, option)} /><span>${option}</span></label>`)}
      ${note ?? nothing}
    </fieldset>`;
  }

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    return this.mode === 'status' ? this.renderLookup() : this.receipt ? this.renderReceipt(this.receipt, data) : this.renderForm(data);
  }

  private renderForm(data: Catalogue) {
    const config = data.requestForm;
    const agency = data.agencies.find((a) => a.id === config?.acceptingAgencyId);
    const citizen = this.isCitizen();
    const item = this.values['information.itemId'] ? data.items.find((i) => i.id === this.values['information.itemId']) : undefined;
    const { forms, ways } = deliveryChoices(config?.deliveryMethods);
    return html`
      <p>${this.msg(messages, 'intro')}</p>
      ${agency ? html`<p><strong>${this.msg(messages, 'acceptingAgency', agency.name)}</strong></p>` : nothing}
      ${this.renderHelp(data)}
      <form part="form" novalidate @submit=${keepSubmitInside(() => this.onSubmit())}>
        ${renderErrorSummary(this.summary, this.renderRoot, this.locale, this.uid('error-summary-title'))}
        ${this.restored ? renderDraftNotice(this.msg(messages, 'draftRestored'), this.msg(messages, 'clearDraft'), () => { this.formResetCallback(); this.restored = false; }) : nothing}
        ${renderFailure(this.failure)}
        ${this.radios('applicantType', this.msg(messages, 'applicantType'), this.applicantTypes())}
        <fieldset><legend>${this.msg(messages, 'applicant')}</legend>${(citizen ? CITIZEN : ORGANISATION).map((f) => this.field(f))}</fieldset>
        <div class="zwgk-field zwgk-checkbox"><label><input type="checkbox" .checked=${this.values.agentEnabled === 'yes'} @change=${(e: Event) => this.setValue('agentEnabled', (e.target as HTMLInputElement).checked ? 'yes' : '')} /><span>${this.msg(messages, 'agentToggle')}</span></label></div>
        ${this.renderUpload(config?.identityUpload)}
        ${this.values.agentEnabled === 'yes' ? html`<fieldset><legend>${this.msg(messages, 'agent')}</legend>${AGENT.map((f) => this.field(f))}${this.renderUpload(config?.identityUpload, 'authorization')}</fieldset>` : nothing}
        <fieldset><legend>${this.msg(messages, 'information')}</legend>
          <p class="zwgk-hint">${this.msg(messages, 'infoHint')}</p>
          ${item ? html`<p>关联公开事项：${item.name}</p>` : nothing}
          ${INFORMATION.map((f) => this.field(f))}
        </fieldset>
        ${this.field({ key: 'purpose', label: this.msg(messages, 'purpose'), type: 'textarea', required: false, hint: this.msg(messages, 'purposeHint') })}
        ${this.radios('provideForm', this.msg(messages, 'provideForm'), forms)}
        ${this.radios('delivery', this.msg(messages, 'delivery'), ways, html`<p class="zwgk-hint">${this.msg(messages, ways.includes('在线查看') ? 'onlineHint' : 'agencyMayChoose')}</p>`)}
        ${config?.privacyNotice ? html`<details><summary>${this.msg(messages, 'privacy')}</summary><p>${config.privacyNotice}</p></details>` : nothing}
        ${this.field({ key: 'privacyConsent', label: this.msg(messages, 'privacyConsent'), type: 'checkbox', required: true })}
        <div class="zwgk-actions">${renderSubmit(this.sending ? this.msg(messages, 'sending') : this.failure ? this.msg(messages, 'retry') : this.msg(messages, 'submit'), this.sending)}</div>
      </form>`;
  }

  private renderUpload(config: { enabled: boolean; required?: boolean; maxBytes?: number; types?: string[] } | undefined, key: UploadKey = 'identityProof') {
    if (!config?.enabled) return nothing;
    const error = this.errors[key] || undefined;
    const mb = ((config.maxBytes ?? 5 * 1024 * 1024) / 1024 / 1024).toFixed(0);
    const chosen = this.uploads[key];
    const onChange = (event: Event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      this.uploads = { ...this.uploads, [key]: file };
      const problem = file ? uploadProblem(file, config.types, config.maxBytes) : undefined;
      this.errors = { ...this.errors, [key]: problem ? problemText[this.locale][problem] : '' };
    };
    const id = this.fieldId(key);
    const letter = key === 'authorization';
    return html`<div class="zwgk-field ${error ? 'zwgk-has-error' : ''}">
      <label for=${id}>${this.msg(messages, letter ? 'authorizationUpload' : 'upload')}${config.required ? nothing : html`<span class="zwgk-optional">${translate(formMessages, this.locale, 'optional')}</span>`}</label>
      <p class="zwgk-hint" id="${id}-hint">${letter ? this.msg(messages, 'authorizationHint', mb) : this.msg(messages, 'uploadHint', mb)}</p>
      ${renderFieldError(`${id}-error`, error, this.locale)}
      ${renderFileControl({
        id, accept: (config.types?.length ? config.types : UPLOAD_TYPES).join(','), required: config.required === true, invalid: !!error,
        describedBy: `${id}-hint${error ? ` ${id}-error` : ''}`, chosen, locale: this.locale, onChange,
      })}
    </div>`;
  }

  private renderHelp(data: Catalogue) {
    const config = data.requestForm;
    if (!config?.help && !config?.paperFormUrl && !config?.mailingAddress && !config?.feeNotice) return nothing;
    return html`<aside class="zwgk-help" part="help" aria-labelledby=${this.uid('help-title')}>
      <div role="heading" aria-level="2" class="zwgk-title" id=${this.uid('help-title')}>${this.msg(messages, 'help')}</div>
      ${config.help?.phone ? html`<p>${this.msg(messages, 'helpPhone', config.help.phone)}</p>` : nothing}
      ${config.help?.inPerson ? html`<p>${this.msg(messages, 'inPerson', config.help.inPerson)}</p>` : nothing}
      ${config.paperFormUrl ? html`<p><a href=${config.paperFormUrl}>${this.msg(messages, 'paperForm')}</a></p>` : nothing}
      ${config.mailingAddress ? html`<p>${this.msg(messages, 'mailing', config.mailingAddress)}</p>` : nothing}
      ${config.feeNotice ? html`<details><summary>${this.msg(messages, 'fees')}</summary><p>${config.feeNotice}</p></details>` : nothing}
    </aside>`;
  }

  private receiptText(receipt: RequestReceipt): string {
    const t = receipt.timeline;
    return [
      `${this.msg(messages, 'receiptTitle')}`,
      `${this.msg(messages, 'code')}：${receipt.code}`,
      `${this.msg(messages, 'received')}：${formatDate(t.received, this.locale)}`,
      `${this.msg(messages, 'supplementBy')}：${formatDate(t.supplementBy, this.locale)}`,
      `${this.msg(messages, 'replyBy')}：${formatDate(t.replyBy, this.locale)}`,
      `${this.msg(messages, 'extendedBy')}：${formatDate(t.extendedReplyBy, this.locale)}`,
      this.msg(messages, 'estimateNote'),
    ].join('\r\n');
  }

  private renderReceipt(receipt: RequestReceipt, data: Catalogue) {
    const t = receipt.timeline;
    const download = () => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([`\uFEFF${this.receiptText(receipt)}\r\n`], { type: 'text/plain;charset=utf-8' }));
      link.download = `${receipt.code}.txt`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    };
    return html`<section class="zwgk-receipt" part="receipt" tabindex="-1" aria-labelledby=${this.uid('receipt-title')}>
      <div role="heading" aria-level="2" class="zwgk-title" id=${this.uid('receipt-title')}>${this.msg(messages, 'receiptTitle')}</div>
      <p>${this.msg(messages, 'code')}：<span class="zwgk-code">${receipt.code}</span></p>
      <dl>
        <dt>${this.msg(messages, 'received')}</dt><dd>${formatDate(t.received, this.locale)}</dd>
        <dt>${this.msg(messages, 'supplementBy')}</dt><dd>${formatDate(t.supplementBy, this.locale)}</dd>
        <dt>${this.msg(messages, 'replyBy')}</dt><dd>${formatDate(t.replyBy, this.locale)}</dd>
        <dt>${this.msg(messages, 'extendedBy')}</dt><dd>${formatDate(t.extendedReplyBy, this.locale)}</dd>
      </dl>
      <p class="zwgk-hint">${this.msg(messages, 'receivedNote')} ${this.msg(messages, 'estimateNote')} ${t.estimate ? this.msg(messages, 'provisional') : ''}</p>
      ${data.requestForm?.tracking?.queryUrl ? html`<p><a href=${data.requestForm.tracking.queryUrl}>${this.msg(messages, 'statusTitle')}</a></p>` : nothing}
      <div class="zwgk-actions">
        <button type="button" class="zwgk-secondary" @click=${() => window.print()}>${this.msg(messages, 'print')}</button>
        <button type="button" class="zwgk-secondary" @click=${download}>${this.msg(messages, 'download')}</button>
      </div>
    </section>`;
  }

  /** The reply (答复书) as a file, fetched with the code and phone of the lookup (the server checks them again). */
  private async downloadReply(): Promise<void> {
    const asked = this.lookedUp;
    if (!asked) return;
    this.lookupError = '';
    try {
      const response = await fetch(`${this.action}/reply`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(asked), credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = `答复书-${asked.code}.html`;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch {
      this.lookupError = this.msg(messages, 'replyFailed');
    }
  }

  /** What the applicant is told: dated steps, the due date and why it is what it is, the outcome with its reasons and remedies. */
  private renderStatus(status: PublicStatus | undefined, replyAvailable: boolean | undefined) {
    if (!status) return nothing;
    const date = (d: string) => formatDate(d, this.locale);
    const outcome = status.outcome;
    const facts: [string, string | undefined][] = outcome ? [
      [this.msg(messages, 'basis'), outcome.basis],
      [this.msg(messages, 'explanation'), outcome.explanation],
      [this.msg(messages, 'where'), outcome.where],
      [this.msg(messages, 'responsibleAgency'), outcome.responsibleAgency && [outcome.responsibleAgency.name, outcome.responsibleAgency.contact].filter(Boolean).join('，')],
      [this.msg(messages, 'channel'), outcome.channel],
      [this.msg(messages, 'procedure'), outcome.procedure],
      [this.msg(messages, 'remedies'), outcome.remedies],
    ] : [];
    return html`
      ${status.due ? html`<div class="zwgk-due"><p><strong>${status.due.label}</strong></p>
        ${status.due.lines.length ? html`<ul>${status.due.lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}</div>` : nothing}
      ${outcome ? html`<div class="zwgk-outcome">
        <p><strong>${this.msg(messages, 'outcome', `${outcome.kindLabel}：${outcome.reasonLabel}`)}</strong>（${date(outcome.repliedOn)}）</p>
        <dl>${facts.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
      </div>` : nothing}
      ${replyAvailable ? html`<div class="zwgk-actions"><button type="button" class="zwgk-secondary" data-reply @click=${() => this.downloadReply()}>${this.msg(messages, 'replyDownload')}</button></div>` : nothing}
      ${status.steps.length ? html`<div role="heading" aria-level="3" class="zwgk-title">${this.msg(messages, 'traceTitle')}</div>
        <ol class="zwgk-trace">${status.steps.map((step) => html`<li><time datetime=${step.on}>${date(step.on)}</time> <strong>${step.title}</strong>
          ${step.details.length ? html`<ul>${step.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}</li>`)}</ol>` : nothing}`;
  }

  private renderLookup() {
    const result = this.lookupResult;
    return html`<section class="zwgk-lookup" part="lookup" aria-labelledby=${this.uid('lookup-title')}>
      <div role="heading" aria-level="2" class="zwgk-title" id=${this.uid('lookup-title')}>${this.msg(messages, 'statusTitle')}</div>
      <form novalidate @submit=${keepSubmitInside(() => this.lookup())}>
        ${renderFields(this.lookupFields(), this.lookupForm, this.locale, (key) => this.uid(`lookup-${key}`), (key, value) => (this.lookupForm = withValue(this.lookupForm, key, value)))}
        ${this.lookupError ? html`<p class="zwgk-field-error" role="alert">${this.lookupError}</p>` : nothing}
        <div class="zwgk-actions"><button type="submit" class="zwgk-primary">${this.msg(messages, 'lookup')}</button></div>
      </form>
      ${result
        ? html`<div role="status">
            <p>${this.msg(messages, 'stage', result.stage)}</p>
            <ol class="zwgk-stages">${result.stages.map((s) => html`<li aria-current=${s === result.stage ? 'step' : nothing}>${s}</li>`)}</ol>
            ${result.status ? this.renderStatus(result.status, result.replyAvailable) : html`
              ${result.outcome ? html`<p>${this.msg(messages, 'outcome', result.outcome)}</p>` : nothing}
              <p>${this.msg(messages, 'replyBy')}：${formatDate(result.timeline.replyBy, this.locale)}（${this.msg(messages, 'timeline')}）</p>`}
          </div>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-request-form': ZwgkRequestForm;
  }
}
