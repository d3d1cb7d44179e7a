/**
 * Reads a county table file into sheets of text: .xlsx through exceljs (merged cells carry their
 * value into every cell they cover), .csv in UTF-8, UTF-16 or GBK (detected with jschardet,
 * decoded with iconv-lite), a saved web page's tables (html-tables.ts). A file that is not a readable table (empty, a Word document, an old
 * .xls, a password-protected or damaged workbook) is refused with a message saying what to do.
 */
import { cellKey, type Sheet } from '../catalogue/table/import-types.js';
import { decodeHtml, htmlTables, looksLikeHtml } from './html-tables.js';

/** Why a file could not be read: shown as is, in both languages; exit code 1. */
export class TableFileError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
    this.name = 'TableFileError';
  }
}

export interface TableFile {
  readonly sheets: readonly Sheet[];
  /** Hidden worksheets, which are not imported (they usually hold drop-down lists). */
  readonly hiddenSheets: readonly string[];
  /** For a CSV or a web page: the encoding it was read in (UTF-8, GBK…). */
  readonly encoding?: string;
  /** For a web page: its tables that are not catalogue tables (layout, navigation), not imported. */
  readonly otherTables?: number;
}

const HTML_EXTENSIONS = new Set(['html', 'htm', 'shtml', 'xhtml', 'shtm']);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an old .xls/.doc/.et, or an OOXML workbook encrypted with a password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);
const utf16Name = (name: string) => Buffer.from(name, 'utf16le');

export async function readTableFile(bytes: Uint8Array, fileName: string): Promise<TableFile> {
  if (bytes.length === 0) throw new TableFileError(`文件 “${fileName}” 是空的（0 字节）`, `${fileName} is empty (0 bytes)`);
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, COMPOUND_FILE)) throw compoundFileError(Buffer.from(bytes), fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new TableFileError(`“${fileName}” 是 PDF 文件，无法读取表格；请使用原始的 Excel 文件，或把表格复制到 Excel 中另存为 .xlsx`,
      `${fileName} is a PDF; use the original Excel file, or copy the table into Excel and save it as .xlsx`);
  }
  if (startsWith(bytes, ZIP)) {
    const buffer = Buffer.from(bytes);
    if (buffer.includes('word/document.xml')) {
      throw new TableFileError(`“${fileName}” 是 Word 文档；请把其中的表格复制到 Excel（或 WPS 表格）中，另存为 .xlsx 后再导入`,
        `${fileName} is a Word document; copy its table into Excel (or WPS) and save it as .xlsx`);
    }
    if (!buffer.includes('xl/workbook.xml') && !buffer.includes('[Content_Types].xml')) {
      throw new TableFileError(`“${fileName}” 是压缩包，不是 Excel 工作簿`, `${fileName} is a zip archive, not an Excel workbook`);
    }
    return readWorkbook(buffer, fileName);
  }
  // A saved CMS page, or an "Excel" export that is really an HTML table (.xls files from many CMSs).
  if (HTML_EXTENSIONS.has(extension) || looksLikeHtml(bytes)) return readHtml(bytes, fileName);
  if (extension === 'xlsx' || extension === 'xlsm') {
    throw new TableFileError(`“${fileName}” 已损坏或不是有效的 Excel 工作簿（文件开头不是 xlsx 格式），请在 Excel 中打开确认后重新保存`,
      `${fileName} is damaged or not an Excel workbook; open it in Excel and save it again`);
  }
  if (extension && !['csv', 'txt', 'tsv'].includes(extension)) {
    throw new TableFileError(`不支持的文件类型 “.${extension}”：请使用 .xlsx、.csv 或保存的网页（.html）`, `unsupported file type ".${extension}": use .xlsx, .csv or a saved web page (.html)`);
  }
  const { text, encoding } = await decodeText(bytes, fileName);
  return { sheets: [{ name: fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''), rows: await parseCsv(text) }], hiddenSheets: [], encoding };
}

function compoundFileError(buffer: Buffer, fileName: string): TableFileError {
  if (buffer.includes(utf16Name('EncryptionInfo')) || buffer.includes(utf16Name('EncryptedPackage'))) {
    return new TableFileError(`“${fileName}” 设置了打开密码（已加密），无法读取；请在 Excel 中“文件 → 信息 → 保护工作簿”取消密码后另存，再导入`,
      `${fileName} is password-protected (encrypted); remove the password in Excel and save it again`);
  }
  if (buffer.includes(utf16Name('WordDocument'))) {
    return new TableFileError(`“${fileName}” 是旧版 Word 文档（.doc）；请把其中的表格复制到 Excel 中另存为 .xlsx 后再导入`,
      `${fileName} is an old Word document (.doc); copy its table into Excel and save it as .xlsx`);
  }
  return new TableFileError(`“${fileName}” 是旧版 Excel 97-2003（.xls）或 WPS（.et）文件；请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）后再导入`,
    `${fileName} is an Excel 97-2003 (.xls) or WPS (.et) file; save it as an Excel workbook (.xlsx) first`);
}

/* ── A saved web page ───────────────────────────────────────────────────────── */

async function readHtml(bytes: Uint8Array, fileName: string): Promise<TableFile> {
  const { text, encoding } = await decodeHtml(bytes, (raw) => decodeText(raw, fileName));
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const { sheets, otherTables } = await htmlTables(text, base);
  if (sheets.length === 0) {
    throw new TableFileError(
      otherTables ? `网页 “${fileName}” 中的 ${otherTables} 个表格都不是标准目录（没有“公开事项”“公开内容”“公开依据”等列名），未导入` : `网页 “${fileName}” 中没有表格；请确认保存的是目录所在的页面（“网页，仅 HTML”）`,
      otherTables ? `none of the ${otherTables} tables in ${fileName} is a catalogue table (no 公开事项, 公开内容, 公开依据… headings)` : `${fileName} holds no table; save the page that shows the catalogue ("Web page, HTML only")`,
    );
  }
  return { sheets, hiddenSheets: [], encoding, otherTables };
}

/* ── xlsx ───────────────────────────────────────────────────────────────────── */

async function readWorkbook(buffer: Buffer, fileName: string): Promise<TableFile> {
  // Loaded only when a workbook is read: other commands start without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new TableFileError(`“${fileName}” 已损坏，无法作为 Excel 工作簿打开（${detail}）；请在 Excel 中打开确认后重新保存`,
      `${fileName} is damaged and cannot be opened as a workbook (${detail}); open it in Excel and save it again`);
  }
  const sheets: Sheet[] = [];
  const hiddenSheets: string[] = [];
  workbook.eachSheet((worksheet) => {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') {
      hiddenSheets.push(worksheet.name);
      return;
    }
    const rows: string[][] = [];
    const copied = new Set<number>();
    const width = worksheet.columnCount;
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const source = cell.isMerged ? cell.master : cell;
        if (source !== cell) copied.add(cellKey(r - 1, c - 1));
        cells.push(cellText(source));
      }
      rows.push(cells);
    }
    sheets.push({ name: worksheet.name, rows, copied });
  });
  return { sheets, hiddenSheets };
}

type ExcelCell = import('exceljs').Cell;

/** The text a reader sees in a cell (for a merged cell, its top-left cell, which the caller passes). */
function cellText(source: ExcelCell): string {
  const value = source.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text; // a hyperlink
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result instanceof Date ? value.result.toISOString().slice(0, 10) : value.result);
    if ('error' in value) return '';
  }
  return source.text ?? '';
}

/* ── CSV ────────────────────────────────────────────────────────────────────── */

/**
 * UTF-8 (with or without BOM) and UTF-16 are read directly; anything else is detected. Many county
 * CSVs are saved by Excel on Chinese Windows in GBK (code page 936); GB18030 decodes every GBK file.
 */
export async function decodeText(bytes: Uint8Array, fileName: string): Promise<{ text: string; encoding: string }> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: detect below
  }
  return decodeLegacy(bytes, fileName);
}

async function decodeLegacy(bytes: Uint8Array, fileName: string): Promise<{ text: string; encoding: string }> {
  const buffer = Buffer.from(bytes);
  const [{ default: jschardet }, { default: iconv }] = await Promise.all([import('jschardet'), import('iconv-lite')]);
  const sample = buffer.subarray(0, 64 * 1024);
  const guess = jschardet.detect(sample.toString('binary'), { detectEncodings: ['GB2312', 'Big5', 'UTF-8', 'windows-1252'] });
  const name = (guess.encoding ?? '').toLowerCase();
  if (name === 'big5') return { text: iconv.decode(buffer, 'big5'), encoding: 'Big5' };
  if (name === 'gb2312' || name === 'gbk' || name === 'gb18030' || hasGbkShape(sample)) return { text: iconv.decode(buffer, 'gb18030'), encoding: 'GBK' };
  throw new TableFileError(`无法识别 “${fileName}” 的文字编码（检测结果：${guess.encoding ?? '未知'}）；请在 Excel 中“另存为 CSV UTF-8”后再导入`,
    `cannot tell the text encoding of ${fileName} (detected: ${guess.encoding ?? 'unknown'}); save it as "CSV UTF-8" and try again`);
}

/** Mostly GBK double-byte pairs (lead 0x81–0xFE, trail 0x40–0xFE): jschardet can miss short files. */
function hasGbkShape(bytes: Uint8Array): boolean {
  let pairs = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1];
    if (lead >= 0x81 && lead <= 0xfe && trail !== undefined && trail >= 0x40 && trail <= 0xfe && trail !== 0x7f) {
      pairs++;
      i++;
    } else bad++;
  }
  return pairs > 0 && bad <= pairs / 20;
}

async function parseCsv(text: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';', '|'] });
  const rows = parsed.data.filter((row, i, all) => !(i === all.length - 1 && row.length === 1 && row[0] === ''));
  return rows.map((row) => row.map((cell) => cell ?? ''));
}
