/**
 * Structured JSON logs (pino, one object per line on stdout). Requests are logged by route
 * pattern, status and duration: never a body, never a query string, so neither phones nor ID
 * numbers reach a log. Field names that could carry personal data are redacted as a second line
 * of defence, and database errors are reduced to their code and message (a PostgreSQL `detail`
 * quotes the offending values).
 */
import pino, { type Logger } from 'pino';

export type { Logger };

const PERSONAL = ['phone', 'idNumber', 'name', 'address', 'email', 'application', 'fields', 'body'];

export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'zwgk-server' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...PERSONAL, ...PERSONAL.map((key) => `*.${key}`)], censor: '[removed]' },
      serializers: { err: describeError },
    },
    destination,
  );
}

/** An error as it may be logged: name, SQLSTATE code, message and stack, nothing else. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, ...(typeof code === 'string' ? { code } : {}), message: error.message, stack: error.stack };
}
