import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SelfStatus } from '../assessment';
import {
  importSelfAssessmentJson,
  parseGovernanceReport,
  previewImport,
  type ExportableAssessment,
  type ImportedEntry,
} from './index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/documents');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const ja: SelfStatus = { kind: 'known', value: 'Ja' };
const nej: SelfStatus = { kind: 'known', value: 'Nej' };
const unanswered: SelfStatus = { kind: 'unanswered' };

function entry(
  line: number,
  id: string | null,
  status: SelfStatus,
  documentation = '',
  rawId = id ?? '',
): ImportedEntry {
  return { line, rawId, text: '', id, mappedBy: id ? 'id' : 'unmapped', status, documentation };
}

describe('previewImport', () => {
  const current: Record<string, ExportableAssessment> = {
    R1: { status: ja, documentation: 'https://example.org' },
    R2: { status: nej, documentation: 'Ikke accepteret' },
    F1: { status: ja, documentation: 'repo' },
  };

  it('lists every change per field, in catalogue order, and counts what stays the same', () => {
    const preview = previewImport(current, [
      entry(10, 'F1', ja, 'repo'),
      entry(3, 'R2', ja, 'Accepteret 2026'),
      entry(2, 'R1', ja, 'https://example.org'),
      entry(4, 'R3', { kind: 'other', text: 'Delvist' }),
      entry(5, null, ja, '', 'F23'),
    ]);
    expect(preview.changes).toEqual([
      { requirementId: 'R2', field: 'status', before: nej, after: ja, lines: [3] },
      {
        requirementId: 'R2',
        field: 'documentation',
        before: 'Ikke accepteret',
        after: 'Accepteret 2026',
        lines: [3],
      },
      {
        requirementId: 'R3',
        field: 'status',
        before: unanswered,
        after: { kind: 'other', text: 'Delvist' },
        lines: [4],
      },
    ]);
    expect(preview.unchanged).toBe(2);
    expect(preview.unmapped.map((e) => e.rawId)).toEqual(['F23']);
    expect(preview.otherStatuses).toEqual([{ line: 4, rawId: 'R3', id: 'R3', text: 'Delvist' }]);
    expect(preview.apply).toEqual({
      R2: { status: ja, documentation: 'Accepteret 2026', explanation: '', links: [] },
      R3: { status: { kind: 'other', text: 'Delvist' }, documentation: '', explanation: '', links: [] },
    });
  });

  it('never lets an imported blank erase a current value unless asked', () => {
    const imported = [entry(2, 'R1', unanswered, ''), entry(3, 'R2', nej, '')];
    const preview = previewImport(current, imported);
    expect(preview.changes).toEqual([]);
    expect(preview.kept).toEqual([
      { requirementId: 'R1', field: 'status', current: ja, lines: [2] },
      { requirementId: 'R1', field: 'documentation', current: 'https://example.org', lines: [2] },
      { requirementId: 'R2', field: 'documentation', current: 'Ikke accepteret', lines: [3] },
    ]);
    expect(preview.unchanged).toBe(2);
    const overwrite = previewImport(current, imported, { blanksOverwrite: true });
    expect(overwrite.changes.map((c) => [c.requirementId, c.field])).toEqual([
      ['R1', 'status'],
      ['R1', 'documentation'],
      ['R2', 'documentation'],
    ]);
    expect(overwrite.apply.R1).toEqual({ status: unanswered, documentation: '', explanation: '', links: [] });
  });

  it('takes a parse result as it is: a legacy report into an empty product', () => {
    const result = parseGovernanceReport(read('a-2021-legacy.md'));
    const preview = previewImport({}, result);
    expect(preview.unmapped.map((e) => e.rawId)).toEqual(['F23']);
    // Ticked rows are changes; unticked rows are blank and change nothing in an empty product.
    const ticked = result.entries.filter((e) => e.id && e.status.kind === 'known').map((e) => e.id);
    expect(preview.changes.filter((c) => c.field === 'status').map((c) => c.requirementId)).toEqual(
      [...new Set(ticked)].filter((id) => id !== 'F7'),
    );
    expect(preview.apply.F7).toEqual({
      status: unanswered,
      documentation: 'docs/drift.md\ndocs/arkitektur.md',
      explanation: '',
      links: [],
    });
  });

  it('round trip: importing an export of the same assessment changes nothing', () => {
    const result = importSelfAssessmentJson(read('self-assessment.json'));
    const current = Object.fromEntries(
      Object.entries(result.assessments).map(([id, a]) => [
        id,
        { status: a.status, documentation: a.documentation },
      ]),
    );
    const preview = previewImport(current, result);
    expect(preview.changes).toEqual([]);
    expect(preview.unchanged).toBe(43);
  });
});
