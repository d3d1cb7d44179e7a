/**
 * An iCalendar (RFC 5545) file for one open-day session, so a citizen can put it into the phone's
 * calendar. Times are written in Asia/Shanghai with a VTIMEZONE block (China has no daylight
 * saving since 1991, so one STANDARD rule at +08:00 is exact).
 */
export interface CalendarEvent {
  /** Stable unique id, e.g. `od-2026-dec-s1@shixian.example.gov.cn`. */
  uid: string;
  title: string;
  /** ISO date-times; an offset is honoured, a bare time is read as Beijing time. */
  start: string;
  end?: string;
  location?: string;
  description?: string;
  url?: string;
  /** When the file was made (DTSTAMP); defaults to now. */
  stamp?: Date;
}

const CST_MS = 8 * 3_600_000;

/** A wall-clock time in Beijing as `YYYYMMDDTHHMMSS`. */
export function beijingLocal(iso: string): string {
  const withZone = /([zZ]|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso.length === 10 ? `${iso}T00:00:00` : iso}+08:00`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date-time: ${iso}`);
  return new Date(ms + CST_MS).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, '');
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** RFC 5545 §3.3.11: escape backslash, semicolon, comma and newlines in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded; never split a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function toIcs(event: CalendarEvent): string {
  const end = event.end ?? new Date(Date.parse(/([zZ]|[+-]\d{2}:\d{2})$/.test(event.start) ? event.start : `${event.start}+08:00`) + 2 * 3_600_000).toISOString();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//zwgk-elements//open-day//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp ?? new Date())}`,
    `DTSTART;TZID=Asia/Shanghai:${beijingLocal(event.start)}`,
    `DTEND;TZID=Asia/Shanghai:${beijingLocal(end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P1D',
    `DESCRIPTION:${escapeText(`明天：${event.title}`)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
