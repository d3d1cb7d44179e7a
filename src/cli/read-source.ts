/**
 * Reads the catalogue a command was given: a local file, an http(s) URL (fetched like the
 * components fetch it, with the same timeout and messages), or `-` for standard input.
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_TIMEOUT_MS, loadCatalogue } from '../catalogue/loader.js';
import { error } from '../catalogue/problems.js';
import { failure, type LoadResult, parseCatalogueText } from '../catalogue/validate.js';
import { UsageError } from './io.js';

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

/**
 * Decodes a file's bytes: UTF-8 (with or without a BOM), or UTF-16 when it starts with a UTF-16
 * BOM (Windows Notepad's "Unicode"). Anything else, typically GBK from an old editor, is refused
 * with a message saying how to fix it, rather than validated as mojibake.
 */
export function decodeCatalogueBytes(bytes: Uint8Array): { text: string } | { result: LoadResult } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    // ignoreBOM keeps a UTF-8 BOM in the text: parseCatalogueText strips it itself.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return {
      result: failure([
        error('parse', '', 'not-utf8',
          '文件不是 UTF-8 编码（可能是 GBK），请在编辑器中“另存为 UTF-8”后再试',
          'the file is not UTF-8 (perhaps GBK); save it as UTF-8 and try again'),
      ]),
    };
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads a local file, or standard input for `-`, as text (decodeCatalogueBytes: UTF-8 or UTF-16,
 * anything else refused with a LoadResult saying why). Throws UsageError when it cannot be read.
 */
export async function readLocalText(source: string): Promise<{ text: string } | { result: LoadResult }> {
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`找不到文件 “${source}”`, `no such file: ${source}`);
    if (code === 'EISDIR') throw new UsageError(`“${source}” 是一个文件夹，请给出目录文件（.json）`, `${source} is a directory; give a catalogue file (.json)`);
    const detail = e instanceof Error ? e.message : String(e);
    throw new UsageError(`无法读取 “${source}”：${detail}`, `cannot read ${source}: ${detail}`);
  }
  return decodeCatalogueBytes(bytes);
}

/** Reads and validates `source`. Throws UsageError only when a local file cannot be read. */
export async function loadSource(source: string, timeout = DEFAULT_TIMEOUT_MS): Promise<LoadResult> {
  if (isUrl(source)) return loadCatalogue(source, { base: source, timeout });
  const read = await readLocalText(source);
  return 'result' in read ? read.result : parseCatalogueText(read.text);
}
