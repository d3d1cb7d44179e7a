/**
 * What a sign-up's lookup shows beyond its status: the organiser's decision (审核 or 抽签, with the
 * draw's published facts so anyone can re-run it) and, after checking in, the 评议 questionnaire.
 * Plain templates; the element owns the values and posts the answers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../core/format.js';
import { defineMessages, translate, type Locale } from '../../core/i18n.js';
import type { LocalizedText } from '../../catalogue/problems.js';
import { RATING_LABELS, SATISFACTION_SCALE } from '../../forms/open-day-survey.js';

export type SignupStatus = 'confirmed' | 'pending' | 'waitlisted' | 'cancelled' | 'rejected' | 'not_selected' | 'checked_in' | 'absent';

export interface SignupDraw {
  seed: string;
  places: number;
  candidates: number;
  candidatesDigest: string;
  drawnAt: string;
  rank: number;
  selected: boolean;
}

export interface SignupSurvey {
  open: boolean;
  answered: boolean;
  questions: { id: string; kind: 'rating' | 'text'; label: LocalizedText; required?: boolean }[];
}

export const statusMessages = defineMessages({
  'zh-CN': {
    rejectedTitle: '未通过审核', notSelectedTitle: '未中签', checkedInTitle: '已签到', absentTitle: '未到场',
    drawLine: (rank: number, candidates: number, places: number) => `抽签顺序：第 ${rank} 位（共 ${candidates} 人报名，名额 ${places} 个）`,
    drawSelected: '您已中签，请按时参加。', drawNotSelected: '很遗憾，您未中签。欢迎报名以后的活动。',
    drawFacts: (seed: string, on: string) => `抽签种子 ${seed}，${on} 抽签；候选名单摘要和算法已公布，任何人都可以用同一种子复核结果。`,
    survey: '活动评议', surveyIntro: '感谢您参加本次政府开放日。请花一分钟评价本次活动和我们的工作，评议结果用于改进工作。',
    comments: '意见和建议', submitSurvey: '提交评议', surveyThanks: '您的评议已提交，谢谢！', surveyAnswered: '您已提交过评议，谢谢！',
    chooseRating: (q: string) => `请选择：${q}`, optional: '（选填）',
    publicSurvey: (n: number, attended: number) => `活动评议：收到问卷 ${n} 份（参加 ${attended} 人）`,
    satisfaction: (label: string, share: number, mean: string) => `${label}：满意率 ${share}%，平均 ${mean} 分（5分制）`,
  },
  en: {
    rejectedTitle: 'Not accepted', notSelectedTitle: 'Not drawn', checkedInTitle: 'Checked in', absentTitle: 'Did not attend',
    drawLine: (rank: number, candidates: number, places: number) => `Draw order: ${rank} of ${candidates} (${places} places)`,
    drawSelected: 'You were drawn: please come on time.', drawNotSelected: 'You were not drawn this time. You are welcome at later open days.',
    drawFacts: (seed: string, on: string) => `Seed ${seed}, drawn ${on}; the candidates' digest and the algorithm are published so anyone can re-run the draw.`,
    survey: 'Your view of the day', surveyIntro: 'Thank you for coming. Please take a minute to rate the day and our work.',
    comments: 'Comments and suggestions', submitSurvey: 'Send', surveyThanks: 'Thank you: your answers were received.', surveyAnswered: 'You have already answered. Thank you!',
    chooseRating: (q: string) => `Choose: ${q}`, optional: ' (optional)',
    publicSurvey: (n: number, attended: number) => `Feedback: ${n} answers (${attended} attended)`,
    satisfaction: (label: string, share: number, mean: string) => `${label}: ${share}% satisfied, mean ${mean} of 5`,
  },
});

export interface SurveyFormState {
  answers: Record<string, string>;
  errors: Record<string, string>;
  alert?: string;
  sent?: boolean;
  busy?: boolean;
}

export interface StatusProps {
  locale: Locale;
  uid: (local: string) => string;
  draw?: SignupDraw;
  survey?: SignupSurvey;
  form: SurveyFormState;
  onAnswer: (id: string, value: string) => void;
  onSubmit: () => void;
}

const m = (locale: Locale, key: keyof (typeof statusMessages)['zh-CN'], ...args: unknown[]) =>
  (translate as (t: unknown, l: Locale, k: string, ...a: unknown[]) => string)(statusMessages, locale, key, ...args);

/** The decision and the questionnaire under the status line. */
export function renderSignupDetails(p: StatusProps): TemplateResult {
  const { locale, draw, survey, form } = p;
  return html`
    ${draw ? html`<div class="zwgk-draw-result">
      <p><strong>${m(locale, 'drawLine', draw.rank, draw.candidates, draw.places)}</strong></p>
      <p>${m(locale, draw.selected ? 'drawSelected' : 'drawNotSelected')}</p>
      <p class="zwgk-hint zwgk-break">${m(locale, 'drawFacts', draw.seed, formatDate(draw.drawnAt.slice(0, 10), locale))}</p>
    </div>` : nothing}
    ${survey ? form.sent ? html`<p class="zwgk-done" role="status" tabindex="-1">${m(locale, 'surveyThanks')}</p>`
      : survey.open ? renderSurveyForm(p, survey) : html`<p>${m(locale, 'surveyAnswered')}</p>` : nothing}`;
}

function renderSurveyForm(p: StatusProps, survey: SignupSurvey): TemplateResult {
  const { locale, form } = p;
  return html`<form class="zwgk-survey" novalidate aria-labelledby=${p.uid('survey-title')} @submit=${(e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    p.onSubmit();
  }}>
    <div role="heading" aria-level="4" class="zwgk-title" id=${p.uid('survey-title')}>${m(locale, 'survey')}</div>
    <p>${m(locale, 'surveyIntro')}</p>
    ${form.alert ? html`<div class="zwgk-failure" role="alert" tabindex="-1">${form.alert}</div>` : nothing}
    ${survey.questions.map((q) => {
      const id = p.uid(`survey-${q.id}`);
      const error = form.errors[q.id];
      const optional = q.required ? nothing : html`<span class="zwgk-optional">${m(locale, 'optional')}</span>`;
      if (q.kind === 'text') {
        return html`<div class="zwgk-field ${error ? 'zwgk-has-error' : ''}">
          <label for=${id}>${q.label[locale]}${optional}</label>
          ${error ? html`<p class="zwgk-field-error" id="${id}-error">${error}</p>` : nothing}
          <textarea class="zwgk-control" id=${id} rows="4" maxlength="1000" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}
            .value=${form.answers[q.id] ?? ''} @input=${(e: Event) => p.onAnswer(q.id, (e.target as HTMLTextAreaElement).value)}></textarea>
        </div>`;
      }
      return html`<fieldset class="zwgk-radios zwgk-rating ${error ? 'zwgk-has-error' : ''}" id=${id} role="radiogroup" aria-required=${q.required ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}>
        <legend>${q.label[locale]}${optional}</legend>
        ${error ? html`<p class="zwgk-field-error" id="${id}-error">${error}</p>` : nothing}
        ${SATISFACTION_SCALE.map((rating) => html`<label><input type="radio" name=${id} value=${rating} ?required=${q.required === true}
          .checked=${form.answers[q.id] === String(rating)} @change=${() => p.onAnswer(q.id, String(rating))} /><span>${RATING_LABELS[rating][locale]}</span></label>`)}
      </fieldset>`;
    })}
    <div class="zwgk-actions"><button type="submit" class="zwgk-primary" aria-disabled=${form.busy ? 'true' : 'false'}>${m(locale, 'submitSurvey')}</button></div>
  </form>`;
}

/** The answers as the server takes them: ratings as numbers, empty ones left out. */
export function surveyAnswers(form: SurveyFormState, survey: SignupSurvey): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const q of survey.questions) {
    const value = (form.answers[q.id] ?? '').trim();
    if (value) out[q.id] = q.kind === 'rating' ? Number(value) : value;
  }
  return out;
}

/** Required ratings left unanswered, as field errors. */
export function surveyMissing(form: SurveyFormState, survey: SignupSurvey, locale: Locale): Record<string, string> {
  return Object.fromEntries(survey.questions.filter((q) => q.required && !form.answers[q.id]).map((q) => [q.id, m(locale, 'chooseRating', q.label[locale])]));
}

export const statusTitleKey = (status: SignupStatus) =>
  ({ rejected: 'rejectedTitle', not_selected: 'notSelectedTitle', checked_in: 'checkedInTitle', absent: 'absentTitle' } as const)[status as 'rejected'];

/** The 评议 summary a county chose to publish (GET /api/open-days): response count, 满意率 per question, the comments staff released. */
export interface PublishedSurvey {
  responses: number;
  attended: number;
  questions: { id: string; label: string; kind: 'rating' | 'text'; mean?: number; satisfiedShare?: number }[];
  comments: string[];
}

export function renderPublishedSurvey(survey: PublishedSurvey, locale: Locale): TemplateResult {
  const rated = survey.questions.filter((q) => q.kind === 'rating' && q.mean !== undefined && q.satisfiedShare !== undefined);
  return html`<div class="zwgk-survey-summary">
    <p>${m(locale, 'publicSurvey', survey.responses, survey.attended)}</p>
    ${rated.length ? html`<ul>${rated.map((q) => html`<li>${m(locale, 'satisfaction', q.label, Math.round(q.satisfiedShare! * 100), q.mean!.toFixed(1))}</li>`)}</ul>` : nothing}
    ${survey.comments.length ? html`<ul class="zwgk-comments">${survey.comments.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
  </div>`;
}
