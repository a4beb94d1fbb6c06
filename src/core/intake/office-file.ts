// What an Office file is, by its bytes rather than its name: a clerk's .xls
// is often an .xlsx saved under the old extension (WPS does it, and .et is
// WPS's own), and a real Excel 97–2003 or Word 97–2003 file is an OLE2
// compound file that nothing here reads.
import { unzipSync } from 'fflate';
import { InputError, problem } from '../problem.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** An OLE2 compound file: Excel .xls, Word .doc, WPS .et / .wps of 97–2003 (refused with oldOffice). */
export function isOldOffice(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE2);
}

/**
 * 'xlsx' or 'docx' for a zip package holding a workbook or a Word document,
 * whatever the file is called; undefined for anything else (text, another zip).
 * Throws for an OLE2 file (Excel .xls, Word .doc, WPS .et / .wps of 97–2003).
 */
export function officeFormat(bytes: Uint8Array, file: string): 'xlsx' | 'docx' | undefined {
  if (isOldOffice(bytes)) throw oldOffice(file);
  if (!startsWith(bytes, ZIP)) return undefined;
  const names: string[] = [];
  try {
    // Only the names are wanted: the filter sees each one and inflates none.
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (names.includes('word/document.xml')) return 'docx';
  return undefined;
}

export function oldOffice(file: string): InputError {
  const word = /\.(docx?|dot|wps)$/iu.test(file);
  return new InputError(
    problem(
      word
        ? 'Word 97-2003 .doc (or WPS .wps) is not read: save it as .docx (Word: File › Save As › Word Document) and import that'
        : 'Excel 97-2003 .xls (or Word .doc / WPS .et) is not read: save it as .xlsx (.docx) and import that',
      { file, rule: word ? 'docx' : 'xlsx' },
    ),
  );
}
