import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRow, parseCsvCells, removeRow, serializeCsv, setCell } from '../../cms/app/csv-cells.ts';

const dir = join(import.meta.dirname, '../../content/datasets');
const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));

describe('the admin table keeps a CSV byte for byte', () => {
  it.each(csvs)('%s round-trips unchanged', (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    expect(serializeCsv(parseCsvCells(text))).toBe(text);
  });

  it('changes only the edited cell, keeping the quotes of the others', () => {
    const text = 'id,label,count\r\na,"quoted, cell",1\r\nb,plain,2\r\n';
    const doc = setCell(parseCsvCells(text), 2, 2, '3');
    expect(serializeCsv(doc)).toBe('id,label,count\r\na,"quoted, cell",1\r\nb,plain,3\r\n');
    expect(serializeCsv(setCell(doc, 1, 1, 'say "hi", then'))).toBe('id,label,count\r\na,"say ""hi"", then",1\r\nb,plain,3\r\n');
    expect(parseCsvCells(text).records[1]?.cells[1]?.value).toBe('quoted, cell');
  });

  it('adds and removes rows with the file’s line breaks and ending', () => {
    const text = 'id,n\na,1\nb,2';
    expect(serializeCsv(addRow(parseCsvCells(text), 2))).toBe('id,n\na,1\nb,2\n,');
    expect(serializeCsv(removeRow(parseCsvCells(text), 2))).toBe('id,n\na,1');
    expect(serializeCsv(removeRow(parseCsvCells(text), 0))).toBe(text);
  });
});
