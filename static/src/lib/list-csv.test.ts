import { parseCsv } from '../../../src/domain/audit';
import { listCsv, type CsvColumn } from './list-csv';

interface Row {
  key: string;
  summary: string;
  score: number;
}

const columns: CsvColumn<Row>[] = [
  { label: 'Nøgle', csv: (r) => r.key },
  { label: 'Titel', csv: (r) => r.summary },
  { label: 'Score', csv: (r) => r.score },
];

describe('listCsv', () => {
  it('writes a BOM, the headers and the rows in the order shown', () => {
    const csv = listCsv(columns, [
      { key: 'KITOS-2', summary: 'Overblik', score: 3.5 },
      { key: 'KITOS-1', summary: 'Æblegrød', score: 1 },
    ]);
    expect(csv.startsWith('\uFEFFNøgle,Titel,Score\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFNøgle,Titel,Score\r\nKITOS-2,Overblik,3.5\r\nKITOS-1,Æblegrød,1\r\n');
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back the same text', () => {
    const summary = 'Eksport, "hurtig"\nog nem';
    const csv = listCsv(columns, [{ key: 'KITOS-3', summary, score: 2 }]);
    expect(csv).toContain('"Eksport, ""hurtig""\nog nem"');
    expect(parseCsv(csv)[1]).toEqual(['KITOS-3', summary, '2']);
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)'])(
    'defuses a cell that starts like a formula: %s',
    (summary) => {
      const [, row] = parseCsv(listCsv(columns, [{ key: 'KITOS-4', summary, score: 0 }]));
      expect(row![1]).toBe(`'${summary}`);
    },
  );

  it('writes only the header for an empty list', () => {
    expect(listCsv(columns, [])).toBe('\uFEFFNøgle,Titel,Score\r\n');
  });
});
