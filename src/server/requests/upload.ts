/**
 * An uploaded identity proof, judged by its bytes: the type is sniffed from the file signature
 * (PDF, PNG, JPEG only) and the size is the decoded length, whatever the client declared. Pure.
 */
import { createHash } from 'node:crypto';
import { UPLOAD_TYPES } from '../../forms/request-schema.js';

export type UploadType = (typeof UPLOAD_TYPES)[number];

export interface CheckedUpload {
  fileName: string;
  mediaType: UploadType;
  bytes: Buffer;
  sha256: string;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

/** The type the bytes really are, or undefined for anything else (HTML, scripts, archives…). */
export function sniffType(bytes: Uint8Array): UploadType | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return undefined;
}

export type UploadProblem = 'upload-type' | 'upload-size';

/** Decodes a `data:<type>;base64,…` URL and checks it against the allowed types and size. */
export function checkUpload(upload: { name: string; type: string; dataUrl: string }, allowed: readonly string[], maxBytes: number): CheckedUpload | UploadProblem {
  const comma = upload.dataUrl.indexOf(',');
  const declared = /^data:([^;,]+);base64$/.exec(upload.dataUrl.slice(0, comma))?.[1];
  const bytes = Buffer.from(upload.dataUrl.slice(comma + 1), 'base64');
  if (bytes.length > maxBytes) return 'upload-size';
  const sniffed = bytes.length ? sniffType(bytes) : undefined;
  if (!sniffed || sniffed !== declared || sniffed !== upload.type || !allowed.includes(sniffed)) return 'upload-type';
  return { fileName: upload.name, mediaType: sniffed, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
