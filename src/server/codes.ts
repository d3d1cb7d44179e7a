/**
 * Codes citizens read out over the phone: no look-alike characters (0/O, 1/I/L).
 *   申请编号 YSQ + date of receipt (Beijing) + 6 characters, e.g. YSQ20261206K7Q2MX
 *   报名确认码 KF + 8 characters, e.g. KF7PQ2M9XA
 *   意见回执号 YJ + 8 characters, e.g. YJ4HN8W2QC
 */
import { randomInt } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const random = (length: number) => Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export const REQUEST_CODE = /^YSQ\d{8}[2-9A-HJKMNP-Z]{6}$/;
export const SIGNUP_CODE = /^KF[2-9A-HJKMNP-Z]{8}$/;

/** The calendar date in Beijing (UTC+8, no daylight saving) of an instant. */
export const beijingDate = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export const requestCode = (receivedAt: Date): string => `YSQ${beijingDate(receivedAt).replace(/-/g, '')}${random(6)}`;
export const signupCode = (): string => `KF${random(8)}`;
export const OPINION_CODE = /^YJ[2-9A-HJKMNP-Z]{8}$/;
export const opinionCode = (): string => `YJ${random(8)}`;

/** A code as typed by a citizen: spaces removed, upper case. */
export const normaliseCode = (typed: unknown): string => (typeof typed === 'string' ? typed.replace(/\s/g, '').toUpperCase() : '');
