/**
 * The admin's two editing widgets. `source`: a file's text exactly as it is (front matter, step
 * fences, YAML), in a plain text area that never rewrites it, with the line and column of the
 * cursor (the check's messages give file:line:column). `csv-table`: a dataset as a table of
 * cells, each change written back into that cell only (csv-cells.ts), or the CSV as text.
 */
import { createElement as h, useState, type ChangeEvent, type ReactElement, type SyntheticEvent } from 'react';
import { addRow, parseCsvCells, removeRow, serializeCsv, setCell } from './csv-cells.ts';

export interface ControlProps {
  value?: unknown;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper?: string;
}

const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

function where(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `Line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

export function SourceControl({ value, onChange, forID, classNameWrapper }: ControlProps): ReactElement {
  const text = typeof value === 'string' ? value : '';
  const [pos, setPos] = useState('Line 1, column 1');
  const track = (e: SyntheticEvent<HTMLTextAreaElement>) => {
    setPos(where(e.currentTarget.value, e.currentTarget.selectionStart));
  };
  return h(
    'div',
    null,
    h('textarea', {
      id: forID,
      className: classNameWrapper,
      value: text,
      spellCheck: true,
      wrap: 'soft',
      rows: Math.min(40, Math.max(8, text.split('\n').length + 1)),
      style: { fontFamily: mono, fontSize: '14px', lineHeight: 1.5, tabSize: 2, width: '100%', resize: 'vertical' },
      onChange: (e: ChangeEvent<HTMLTextAreaElement>) => {
        onChange(e.currentTarget.value);
        track(e);
      },
      onSelect: track,
      onKeyUp: track,
      onClick: track,
    }),
    h('p', { 'aria-live': 'polite', style: { margin: '0.25rem 0 0', fontSize: '13px', color: '#555' } }, pos),
  );
}

export function CsvTableControl({ value, onChange, forID, classNameWrapper }: ControlProps): ReactElement {
  const text = typeof value === 'string' ? value : '';
  const [asText, setAsText] = useState(false);
  const doc = parseCsvCells(text);
  const [head, ...rows] = doc.records;
  const columns = head?.cells.map((c) => c.value) ?? [];
  const idAt = columns.indexOf('id');
  const cellStyle = { fontFamily: mono, fontSize: '13px', width: '100%', minWidth: '7rem', padding: '2px 4px', border: '1px solid #ccc' };
  const toggle = h(
    'button',
    {
      type: 'button',
      onClick: () => {
        setAsText(!asText);
      },
    },
    asText ? 'Edit as a table' : 'Edit as CSV text',
  );
  if (asText || !head) {
    return h(
      'div',
      null,
      toggle,
      h('textarea', {
        id: forID,
        className: classNameWrapper,
        value: text,
        rows: Math.min(40, text.split('\n').length + 2),
        style: { fontFamily: mono, fontSize: '13px', width: '100%', whiteSpace: 'pre' },
        onChange: (e: ChangeEvent<HTMLTextAreaElement>) => {
          onChange(e.currentTarget.value);
        },
      }),
    );
  }
  const table = h(
    'table',
    { id: forID, style: { borderCollapse: 'collapse', fontSize: '13px' } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, 'Line'),
        ...columns.map((c, i) => h('th', { key: i, scope: 'col', style: { textAlign: 'left', fontFamily: mono } }, c)),
        h('th', null, ''),
      ),
    ),
    h(
      'tbody',
      null,
      ...rows.map((r, ri) => {
        const row = ri + 1;
        const id = idAt >= 0 ? (r.cells[idAt]?.value ?? '') : String(row);
        return h(
          'tr',
          { key: row },
          h('td', { style: { color: '#777', paddingRight: '4px' } }, String(row + 1)),
          ...columns.map((col, ci) =>
            h(
              'td',
              { key: ci },
              h('input', {
                type: 'text',
                'aria-label': `${id} ${col}`,
                value: r.cells[ci]?.value ?? '',
                style: cellStyle,
                onChange: (e: ChangeEvent<HTMLInputElement>) => {
                  onChange(serializeCsv(setCell(doc, row, ci, e.currentTarget.value)));
                },
              }),
            ),
          ),
          h(
            'td',
            { style: { whiteSpace: 'nowrap' } },
            h(
              'button',
              {
                type: 'button',
                'aria-label': `Add a row after ${id}`,
                onClick: () => {
                  onChange(serializeCsv(addRow(doc, row)));
                },
              },
              '+ row',
            ),
            h(
              'button',
              {
                type: 'button',
                'aria-label': `Delete row ${id}`,
                onClick: () => {
                  onChange(serializeCsv(removeRow(doc, row)));
                },
              },
              'Delete',
            ),
          ),
        );
      }),
    ),
  );
  return h('div', null, toggle, h('div', { style: { overflowX: 'auto' } }, table));
}
