/**
 * The 评议 questionnaire after an open day (seed 000: 评议政务公开和政务服务; DOMAIN-PRACTICE §3:
 * 座谈 → 问卷): who may answer (attendees who checked in, once), what a valid answer is, and the
 * summary the desk shows and a county may publish. Ratings use the five-step scale of government
 * satisfaction surveys; 满意率 counts 非常满意, 满意 and 基本满意.
 */
import type { Locale, LocalizedText } from '../catalogue/problems.js';
import type { AttendeeStatus } from './open-day-attendance.js';

export const SATISFACTION_SCALE = [5, 4, 3, 2, 1] as const;
export type Rating = (typeof SATISFACTION_SCALE)[number];

export const RATING_LABELS: Readonly<Record<Rating, LocalizedText>> = {
  5: { 'zh-CN': '非常满意', en: 'Very satisfied' },
  4: { 'zh-CN': '满意', en: 'Satisfied' },
  3: { 'zh-CN': '基本满意', en: 'Fairly satisfied' },
  2: { 'zh-CN': '不满意', en: 'Dissatisfied' },
  1: { 'zh-CN': '非常不满意', en: 'Very dissatisfied' },
};

/** Ratings counted as satisfied in 满意率. */
export const SATISFIED_FROM: Rating = 3;

export interface SurveyQuestion {
  id: string;
  kind: 'rating' | 'text';
  label: LocalizedText;
  required?: boolean;
}

export const DEFAULT_SURVEY: readonly SurveyQuestion[] = [
  { id: 'overall', kind: 'rating', required: true, label: { 'zh-CN': '您对本次政府开放日活动的总体评价', en: 'Your overall view of this open day' } },
  { id: 'disclosure', kind: 'rating', label: { 'zh-CN': '您对本机关政务公开工作的评价', en: "Your view of the agency's information disclosure" } },
  { id: 'service', kind: 'rating', label: { 'zh-CN': '您对本机关政务服务的评价', en: "Your view of the agency's services" } },
  { id: 'organisation', kind: 'rating', label: { 'zh-CN': '您对活动组织安排的评价', en: 'Your view of how the day was organised' } },
  { id: 'comments', kind: 'text', label: { 'zh-CN': '您的意见和建议', en: 'Your comments and suggestions' } },
];

export const MAX_COMMENT = 1000;

export type SurveyAnswers = Readonly<Record<string, number | string | undefined>>;

export interface SurveyResponse {
  /** The sign-up's code: one response per attendee. */
  code: string;
  answers: SurveyAnswers;
  submittedAt: string;
  /** Staff chose to publish this response's comment (never without review). */
  publishComment?: boolean;
}

export interface SurveyProblem {
  questionId: string;
  code: 'required' | 'invalid-rating' | 'too-long' | 'unknown-question';
}

export function surveyProblems(answers: SurveyAnswers, questions: readonly SurveyQuestion[] = DEFAULT_SURVEY): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) problems.push({ questionId: id, code: 'unknown-question' });
  for (const q of questions) {
    const value = answers[q.id];
    const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (empty) {
      if (q.required) problems.push({ questionId: q.id, code: 'required' });
    } else if (q.kind === 'rating') {
      if (!(SATISFACTION_SCALE as readonly unknown[]).includes(value)) problems.push({ questionId: q.id, code: 'invalid-rating' });
    } else if (typeof value !== 'string' || value.length > MAX_COMMENT) {
      problems.push({ questionId: q.id, code: 'too-long' });
    }
  }
  return problems;
}

/** Only attendees who checked in answer, and once. */
export function mayRespond(attendee: { code: string; status: AttendeeStatus }, responses: readonly Pick<SurveyResponse, 'code'>[]): { ok: true } | { ok: false; message: LocalizedText } {
  if (attendee.status !== 'checked_in') return { ok: false, message: { 'zh-CN': '评议问卷仅供已签到的参加者填写', en: 'Only attendees who checked in can answer' } };
  if (responses.some((r) => r.code === attendee.code)) return { ok: false, message: { 'zh-CN': '您已经提交过评议问卷', en: 'You have already answered' } };
  return { ok: true };
}

export interface QuestionSummary {
  id: string;
  label: string;
  kind: 'rating' | 'text';
  answered: number;
  /** Ratings 5…1 → count. */
  distribution?: Record<Rating, number>;
  /** Mean rating (1–5), undefined when nobody answered. */
  mean?: number;
  /** Share (0–1) rating 基本满意 or better: 满意率. */
  satisfiedShare?: number;
}

export interface SurveySummary {
  responses: number;
  /** Attendees who checked in. */
  attended: number;
  /** responses / attended, undefined when nobody attended. */
  responseRate?: number;
  questions: QuestionSummary[];
  /** Comments, newest last; `published` marks those staff released. */
  comments: { code: string; questionId: string; text: string; published: boolean }[];
}

/** The desk's summary: one response per code (the first), counts, means, 满意率 and every comment. */
export function summariseSurvey(responses: readonly SurveyResponse[], options: { attended: number; questions?: readonly SurveyQuestion[]; locale?: Locale }): SurveySummary {
  const questions = options.questions ?? DEFAULT_SURVEY;
  const locale = options.locale ?? 'zh-CN';
  const seen = new Set<string>();
  const unique = [...responses].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)).filter((r) => !seen.has(r.code) && !!seen.add(r.code));
  const summary: SurveySummary = {
    responses: unique.length,
    attended: options.attended,
    ...(options.attended > 0 ? { responseRate: unique.length / options.attended } : {}),
    questions: [],
    comments: [],
  };
  for (const q of questions) {
    const values = unique.map((r) => r.answers[q.id]).filter((v) => v !== undefined && !(typeof v === 'string' && v.trim() === ''));
    const row: QuestionSummary = { id: q.id, label: q.label[locale], kind: q.kind, answered: values.length };
    if (q.kind === 'rating') {
      const ratings = values.filter((v): v is Rating => (SATISFACTION_SCALE as readonly unknown[]).includes(v));
      row.answered = ratings.length;
      row.distribution = { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 };
      for (const r of ratings) row.distribution[r]++;
      if (ratings.length) {
        row.mean = ratings.reduce((sum, r) => sum + r, 0) / ratings.length;
        row.satisfiedShare = ratings.filter((r) => r >= SATISFIED_FROM).length / ratings.length;
      }
    } else {
      for (const r of unique) {
        const text = r.answers[q.id];
        if (typeof text === 'string' && text.trim()) summary.comments.push({ code: r.code, questionId: q.id, text: text.trim(), published: r.publishComment === true });
      }
    }
    summary.questions.push(row);
  }
  return summary;
}

/** What a county may show on its public page: counts and ratings, and only the comments staff released, without codes. */
export function publicSurveySummary(summary: SurveySummary): Omit<SurveySummary, 'comments'> & { comments: string[] } {
  return { ...summary, comments: summary.comments.filter((c) => c.published).map((c) => c.text) };
}
