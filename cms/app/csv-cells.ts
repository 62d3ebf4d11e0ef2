/**
 * A CSV file as the table widget edits it: every cell keeps the exact text it has in the file
 * (quotes included) and every record its line ending, so saving a table in which nothing changed
 * gives the file back byte for byte, and changing one cell changes only that cell's text, as an
 * editor changing it in a text editor would. The rules are the loader's (src/content/csv.ts,
 * RFC 4180 through csv-parse): commas between cells, a cell with a comma, a quote or a line
 * break wrapped in double quotes, a quote inside such a cell written twice.
 */
export interface CsvCell {
  /** The cell as written in the file, quotes included. */
  raw: string;
  /** The cell's value, as the loader reads it. */
  value: string;
}

export interface CsvRecord {
  cells: CsvCell[];
  /** The line break after the record as written ("\n", "\r\n"), or "" for the last one. */
  end: string;
}

export interface CsvDoc {
  /** A byte-order mark the file starts with, kept as it is. */
  bom: string;
  records: CsvRecord[];
}

export function parseCsvCells(text: string): CsvDoc {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const records: CsvRecord[] = [];
  let cells: CsvCell[] = [];
  let i = bom.length;
  const n = text.length;
  if (i >= n) return { bom, records };
  for (;;) {
    const start = i;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) break;
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text.charAt(i);
        i++;
      }
      // Anything between the closing quote and the separator stays in the cell's text.
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') value += text.charAt(i++);
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') value += text.charAt(i++);
    }
    cells.push({ raw: text.slice(start, i), value });
    if (i < n && text[i] === ',') {
      i++;
      continue;
    }
    const end = text.startsWith('\r\n', i) ? '\r\n' : i < n ? (text[i] ?? '') : '';
    i += end.length;
    records.push({ cells, end });
    cells = [];
    if (i >= n) break;
  }
  return { bom, records };
}

export function serializeCsv(doc: CsvDoc): string {
  return doc.bom + doc.records.map((r) => r.cells.map((c) => c.raw).join(',') + r.end).join('');
}

/** How a value is written in a cell: quoted when it must be, or when the cell was quoted before. */
export function cellRaw(value: string, previous?: string): string {
  const needs = /[",\r\n]/.test(value) || value !== value.trim();
  return needs || previous?.startsWith('"') === true ? `"${value.replaceAll('"', '""')}"` : value;
}

export function setCell(doc: CsvDoc, row: number, col: number, value: string): CsvDoc {
  const records = doc.records.map((r, ri) => {
    if (ri !== row) return r;
    const cells = [...r.cells];
    while (cells.length <= col) cells.push({ raw: '', value: '' });
    const old = cells[col];
    cells[col] = old?.value === value ? old : { raw: cellRaw(value, old?.raw), value };
    return { ...r, cells };
  });
  return { ...doc, records };
}

/** The line break the file uses (its first record's), for new rows. */
function lineBreak(doc: CsvDoc): string {
  return doc.records.find((r) => r.end !== '')?.end ?? '\n';
}

/** Adds an empty row (as many cells as the header) after row `after`. */
export function addRow(doc: CsvDoc, after: number): CsvDoc {
  const width = doc.records[0]?.cells.length ?? 1;
  const records = [...doc.records];
  const prev = records[after];
  const eol = lineBreak(doc);
  // The row before a new last row gets the line break it did not need while it was last.
  if (prev?.end === '') records[after] = { ...prev, end: eol };
  const isLast = after === records.length - 1;
  const fresh: CsvRecord = {
    cells: Array.from({ length: width }, () => ({ raw: '', value: '' })),
    end: isLast && prev?.end === '' ? '' : eol,
  };
  records.splice(after + 1, 0, fresh);
  return { ...doc, records };
}

export function removeRow(doc: CsvDoc, row: number): CsvDoc {
  if (row <= 0) return doc;
  const records = doc.records.filter((_, i) => i !== row);
  const removed = doc.records[row];
  const last = records.at(-1);
  // Removing the last row keeps the file's ending: with or without a final line break.
  if (removed && row === doc.records.length - 1 && last) records[records.length - 1] = { ...last, end: removed.end };
  return { ...doc, records };
}
