// The workbook parts a roster needs besides its worksheet: the sheet list (names, visibility, where
// each sheet's XML is), the 1904 date system flag, which cell styles show a date, and the shared
// strings (the text of most cells Excel writes).
import type { SaxesTagPlain } from 'saxes';
import { MAX_CELL_CHARS } from './csv.js';
import { localName, readXml } from './xlsx-xml.js';
import type { WorkbookZip } from './xlsx-zip.js';

export interface SheetEntry {
  name: string;
  /** visible, hidden or veryHidden. */
  state: string;
  /** The sheet's part in the zip (xl/worksheets/sheet1.xml). */
  part: string;
}

export interface Workbook {
  sheets: SheetEntry[];
  date1904: boolean;
  /** The parts of the shared strings and styles (null: the workbook has none). */
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

/** A shared string or an inline one longer than a cell may be (the CSV reader's bound). */
export class CellTextTooLongError extends Error {
  constructor() {
    super(`a cell's text is longer than ${MAX_CELL_CHARS} characters`);
    this.name = 'CellTextTooLongError';
  }
}

const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

/**
 * Built-in number formats that show a date or a time: 14–22 and the ones Excel and WPS in Chinese
 * store 年/月/日 dates with (27–31, 36, 50–54, 57, 58), and the times 45–47.
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 36, 45, 46, 47, 50, 51, 52, 53, 54, 57, 58]);

/** A format code that shows a date: y/m/d/h/s (or b, Buddhist years) outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A relationship target (relative to xl/, or absolute from the zip's root) → the part's name. */
function partOf(target: string, base = 'xl/'): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target.slice(1) : base + target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

interface Relationship {
  type: string;
  part: string;
}

async function readRelationships(zip: WorkbookZip): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  if (!zip.has(WORKBOOK_RELS)) return relationships;
  await readXml(zip.text(WORKBOOK_RELS), {
    open(tag) {
      if (localName(tag.name) !== 'Relationship') return;
      const id = tag.attributes.Id;
      const target = tag.attributes.Target;
      if (id === undefined || target === undefined || tag.attributes.TargetMode === 'External') return;
      relationships.set(id, { type: tag.attributes.Type ?? '', part: partOf(target) });
    },
  });
  return relationships;
}

function relationshipId(tag: SaxesTagPlain): string | undefined {
  for (const [name, value] of Object.entries(tag.attributes)) if (localName(name) === 'id' && name !== 'id') return value;
  return undefined;
}

/** Reads the sheet list and where the other parts are. Throws when the workbook part is missing. */
export async function readWorkbook(zip: WorkbookZip): Promise<Workbook> {
  const relationships = await readRelationships(zip);
  const listed: { name: string; state: string; id: string | undefined }[] = [];
  let date1904 = false;
  await readXml(zip.text(WORKBOOK_PART), {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'sheet') {
        listed.push({ name: tag.attributes.name ?? '', state: tag.attributes.state ?? 'visible', id: relationshipId(tag) });
      } else if (name === 'workbookPr') {
        const value = tag.attributes.date1904;
        date1904 = value === '1' || value === 'true';
      }
    },
  });
  const sheets: SheetEntry[] = [];
  for (const [index, sheet] of listed.entries()) {
    const part = sheet.id === undefined ? undefined : relationships.get(sheet.id)?.part;
    sheets.push({ name: sheet.name, state: sheet.state, part: part ?? `xl/worksheets/sheet${index + 1}.xml` });
  }
  const ofType = (suffix: string, fallback: string): string | null => {
    for (const relationship of relationships.values()) if (relationship.type.endsWith(suffix) && zip.has(relationship.part)) return relationship.part;
    return zip.has(fallback) ? fallback : null;
  };
  return { sheets, date1904, sharedStringsPart: ofType('/sharedStrings', 'xl/sharedStrings.xml'), stylesPart: ofType('/styles', 'xl/styles.xml') };
}

/** For each cell style (the `s` of a cell), whether its number format shows a date. */
export async function readDateStyles(zip: WorkbookZip, part: string | null): Promise<boolean[]> {
  if (part === null) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await readXml(zip.text(part), {
    open(tag) {
      const name = localName(tag.name);
      if (name === 'numFmt') custom.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(Number(tag.attributes.numFmtId ?? 0));
    },
    close(name) {
      if (localName(name) === 'cellXfs') inCellXfs = false;
    },
  });
  return formats.map((id) => (custom.has(id) ? isDateFormat(custom.get(id)) : BUILT_IN_DATE_FORMATS.has(id)));
}

/**
 * The shared strings, in order: each <si>'s text runs joined (rich text becomes its plain text);
 * phonetic guides (<rPh>) are not part of the text.
 */
export async function readSharedStrings(zip: WorkbookZip, part: string | null): Promise<string[]> {
  if (part === null) return [];
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let inPhonetic = false;
  await readXml(zip.text(part), {
    open(tag) {
      const name = localName(tag.name);
      if (name === 't') inText = !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 'si') text = '';
    },
    text(value) {
      if (!inText) return;
      text += value;
      if (text.length > MAX_CELL_CHARS) throw new CellTextTooLongError();
    },
    close(name) {
      const local = localName(name);
      if (local === 't') inText = false;
      else if (local === 'rPh') inPhonetic = false;
      else if (local === 'si') {
        strings.push(text);
        text = '';
      }
    },
  });
  return strings;
}
