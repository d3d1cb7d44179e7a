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
  renderFieldError, renderFields, renderSubmit, withValue, type FieldsState,
} from '../../forms/form-view.js';
import { lookUp, newIdempotencyKey, submitJson } from '../../forms/submit.js';
import { DELIVERY, ID_TYPES, PROVIDE_FORMS, RequestPayload, requestProblems, uploadProblem, UPLOAD_TYPES, type RequestProblem } from '../../forms/request-schema.js';
import type { StatutoryTimeline } from '../../forms/working-days.js';
import { messages, problemText } from './messages.js';

export interface RequestReceipt {
  code: string;
  receivedAt: string;
  stage: string;
  stages: readonly string[];
  outcome?: string;
  timeline: StatutoryTimeline;
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
  { key: 'organisation.creditCode', label: '统一社会信用代码', type: 'text', required: true, hint: '18位，见营业执照或登记证书' },
  { key: 'organisation.legalRepresentative', label: '法定代表人或负责人', type: 'text', required: true },
  { key: 'organisation.contactName', label: '联系人姓名', type: 'text', required: true },
  { key: 'organisation.phone', label: '联系电话', type: 'phone', required: true },
  { key: 'organisation.email', label: '电子邮箱', type: 'email', required: false },
  { key: 'organisation.address', label: '通信地址', type: 'text', required: true },
];
const AGENT: FieldDef[] = [
  { key: 'agent.name', label: '代理人姓名', type: 'text', required: true },
  { key: 'agent.idNumber', label: '代理人身份证号码', type: 'text', required: true },
  { key: 'agent.phone', label: '代理人联系电话', type: 'phone', required: false },
];
const INFORMATION: FieldDef[] = [
  { key: 'information.title', label: '所需信息的名称或标题', type: 'text', required: false },
  { key: 'information.docNo', label: '文号', type: 'text', required: false, hint: '如：示政办〔2026〕12号' },
  { key: 'information.description', label: '其他特征性描述', type: 'textarea', required: false, hint: '如信息的产生时间、制作机关、涉及的事项或地点' },
  { key: 'information.indexNo', label: '索引号', type: 'text', required: false },
];
const SENSITIVE = new Set(['citizen.idNumber', 'agent.idNumber']);

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
 * @summary The information-disclosure request (依申请公开): applicant, requested information, delivery, a receipt with the statutory timeline, and a status lookup.
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
 */
export class ZwgkRequestForm extends ZwgkFormElement {
  static formAssociated = true;
  static override idBase = 'request';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      css`
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
  @state() private upload?: File;
  private idempotencyKey = newIdempotencyKey();
  private readonly internals: ElementInternals = this.attachInternals();
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
    if ((changed as Map<string, unknown>).has('values')) this.internals.setFormValue(JSON.stringify(toPayload(this.values)));
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
    const problems = requestProblems(application);
    const errors: Record<string, string> = {};
    const warnings: Record<string, string> = {};
    for (const problem of problems) (problem.warning ? warnings : errors)[problem.path] ??= this.problemMessage(problem);
    // An applicant who says an agent applies must name the agent (the rules see only the agent fields that were filled in).
    if (this.values.agentEnabled === 'yes') {
      for (const def of AGENT) {
        const message = fieldError(def, this.values[def.key] ?? '', this.locale);
        if (message) errors[def.key] ??= message;
      }
    }
    const uploadConfig = this.data?.requestForm?.identityUpload;
    if (uploadConfig?.enabled) {
      const problem = this.upload ? uploadProblem(this.upload, uploadConfig.types, uploadConfig.maxBytes) : uploadConfig.required ? 'required' : undefined;
      if (problem) errors.identityProof = problem === 'required' ? translate(formMessages, this.locale, 'required', this.msg(messages, 'upload')) : problemText[this.locale][problem];
    }
    this.errors = errors;
    this.warnings = warnings;
    this.summary = inPageOrder(Object.entries(errors).map(([path, message]) => ({ id: this.fieldId(path), message })), this.renderRoot);
    if (this.summary.length) return;
    // From here on a second press is ignored, also while the identity proof is being read.
    this.sending = true;
    if (this.upload && uploadConfig?.enabled) {
      const upload = this.upload;
      const dataUrl = await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(upload);
      });
      application.identityProof = { name: upload.name, type: upload.type as (typeof UPLOAD_TYPES)[number], size: upload.size, dataUrl };
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
      this.upload = undefined;
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
    const citizen = this.values.applicantType !== '法人' && this.values.applicantType !== '其他组织';
    const item = this.values['information.itemId'] ? data.items.find((i) => i.id === this.values['information.itemId']) : undefined;
    const delivery = config?.deliveryMethods?.length ? DELIVERY.filter((d) => config.deliveryMethods!.includes(d)) : DELIVERY;
    return html`
      <p>${this.msg(messages, 'intro')}</p>
      ${agency ? html`<p><strong>${this.msg(messages, 'acceptingAgency', agency.name)}</strong></p>` : nothing}
      ${this.renderHelp(data)}
      <form part="form" novalidate @submit=${keepSubmitInside(() => this.onSubmit())}>
        ${renderErrorSummary(this.summary, this.renderRoot, this.locale, this.uid('error-summary-title'))}
        ${this.restored ? renderDraftNotice(this.msg(messages, 'draftRestored'), this.msg(messages, 'clearDraft'), () => { this.formResetCallback(); this.restored = false; }) : nothing}
        ${renderFailure(this.failure)}
        ${this.radios('applicantType', this.msg(messages, 'applicantType'), ['公民', '法人', '其他组织'])}
        <fieldset><legend>${this.msg(messages, 'applicant')}</legend>${(citizen ? CITIZEN : ORGANISATION).map((f) => this.field(f))}</fieldset>
        <div class="zwgk-field zwgk-checkbox"><label><input type="checkbox" .checked=${this.values.agentEnabled === 'yes'} @change=${(e: Event) => this.setValue('agentEnabled', (e.target as HTMLInputElement).checked ? 'yes' : '')} /><span>${this.msg(messages, 'agentToggle')}</span></label></div>
        ${this.renderUpload(config?.identityUpload)}
        ${this.values.agentEnabled === 'yes' ? html`<fieldset><legend>${this.msg(messages, 'agent')}</legend>${AGENT.map((f) => this.field(f))}</fieldset>` : nothing}
        <fieldset><legend>${this.msg(messages, 'information')}</legend>
          <p class="zwgk-hint">${this.msg(messages, 'infoHint')}</p>
          ${item ? html`<p>关联公开事项：${item.name}</p>` : nothing}
          ${INFORMATION.map((f) => this.field(f))}
        </fieldset>
        ${this.field({ key: 'purpose', label: this.msg(messages, 'purpose'), type: 'textarea', required: false, hint: this.msg(messages, 'purposeHint') })}
        ${this.radios('provideForm', this.msg(messages, 'provideForm'), PROVIDE_FORMS)}
        ${this.radios('delivery', this.msg(messages, 'delivery'), delivery, html`<p class="zwgk-hint">${this.msg(messages, 'agencyMayChoose')}</p>`)}
        ${config?.privacyNotice ? html`<details><summary>${this.msg(messages, 'privacy')}</summary><p>${config.privacyNotice}</p></details>` : nothing}
        ${this.field({ key: 'privacyConsent', label: this.msg(messages, 'privacyConsent'), type: 'checkbox', required: true })}
        <div class="zwgk-actions">${renderSubmit(this.sending ? this.msg(messages, 'sending') : this.failure ? this.msg(messages, 'retry') : this.msg(messages, 'submit'), this.sending)}</div>
      </form>`;
  }

  private renderUpload(config: { enabled: boolean; required?: boolean; maxBytes?: number; types?: string[] } | undefined) {
    if (!config?.enabled) return nothing;
    const error = this.errors.identityProof || undefined;
    const mb = ((config.maxBytes ?? 5 * 1024 * 1024) / 1024 / 1024).toFixed(0);
    const onChange = (event: Event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      this.upload = file;
      const problem = file ? uploadProblem(file, config.types, config.maxBytes) : undefined;
      this.errors = { ...this.errors, identityProof: problem ? problemText[this.locale][problem] : '' };
    };
    const id = this.fieldId('identityProof');
    return html`<div class="zwgk-field ${error ? 'zwgk-has-error' : ''}">
      <label for=${id}>${this.msg(messages, 'upload')}${config.required ? nothing : html`<span class="zwgk-optional">${translate(formMessages, this.locale, 'optional')}</span>`}</label>
      <p class="zwgk-hint" id="${id}-hint">${this.msg(messages, 'uploadHint', mb)}</p>
      ${renderFieldError(`${id}-error`, error, this.locale)}
      <input type="file" class="zwgk-control" id=${id} accept=${(config.types?.length ? config.types : UPLOAD_TYPES).join(',')} ?required=${config.required === true}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}" @change=${onChange} />
      ${this.upload && !error ? html`<p class="zwgk-hint">${this.msg(messages, 'uploadChosen', this.upload.name)}</p>` : nothing}
    </div>`;
  }

  private renderHelp(data: Catalogue) {
    const config = data.requestForm;
    if (!config?.help && !config?.paperFormUrl && !config?.mailingAddress && !config?.feeNotice) return nothing;
    return html`<aside class="zwgk-help" part="help" aria-labelledby=${this.uid('help-title')}>
      <div role="heading" aria-level="3" class="zwgk-title" id=${this.uid('help-title')}>${this.msg(messages, 'help')}</div>
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
            ${result.outcome ? html`<p>${this.msg(messages, 'outcome', result.outcome)}</p>` : nothing}
            <p>${this.msg(messages, 'replyBy')}：${formatDate(result.timeline.replyBy, this.locale)}（${this.msg(messages, 'timeline')}）</p>
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
