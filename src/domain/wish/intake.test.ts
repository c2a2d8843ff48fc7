import { DEFAULT_SCORE_SETTINGS } from './score';
import {
  intakeDescription,
  intakeQualification,
  rankSimilar,
  searchWords,
  submittedWish,
  titleSimilarity,
  WishIntakeFieldsSchema,
} from './intake';
import { WishDocumentSchema } from './schema';

const fields = {
  title: 'Eksport af kontrakter til Excel',
  problem: 'Vi mangler et overblik.\n\nIsær over udløb.',
  value: 'Sparer tid.',
  userStories: '',
  acceptanceCriteria: 'Kan åbnes i Excel',
  documentation: '',
};

describe('wish intake', () => {
  it('ticks the requester items whose text is given', () => {
    expect(intakeQualification(fields)).toEqual([
      'requester.title',
      'requester.description',
      'requester.acceptanceCriteria',
    ]);
    expect(intakeQualification({ ...fields, value: ' ' })).not.toContain('requester.description');
  });

  it('refuses empty titles, line breaks in the title and non-http links', () => {
    expect(WishIntakeFieldsSchema.safeParse(fields).success).toBe(true);
    expect(WishIntakeFieldsSchema.safeParse({ ...fields, title: ' ' }).success).toBe(false);
    expect(WishIntakeFieldsSchema.safeParse({ ...fields, title: 'a\nb' }).success).toBe(false);
    expect(WishIntakeFieldsSchema.safeParse({ ...fields, problem: '[x](javascript:alert(1))' }).success).toBe(
      false,
    );
    expect(WishIntakeFieldsSchema.safeParse({ ...fields, value: 'x'.repeat(4001) }).success).toBe(false);
  });

  it('writes the description as ADF text nodes, one heading per given section', () => {
    const adf = intakeDescription({ ...fields, problem: '<b>fed</b>' }, 'Aarhus Kommune');
    expect(adf).toMatchObject({ type: 'doc', version: 1 });
    const headings = adf.content.filter((n) => n.type === 'heading').map((n) => n.content?.[0].text);
    expect(headings).toEqual(['Problem', 'Værdi for kommunerne', 'Acceptkriterier']);
    expect(JSON.stringify(adf)).toContain('"text":"<b>fed</b>"');
  });

  it('the first record names the requester, the submitter and the ticked items', () => {
    const doc = submittedWish(
      '2026-03-01T10:00:00.000Z',
      { accountId: 'acc-1', organisation: 'Aarhus Kommune', via: 'app' },
      ['requester.title'],
      DEFAULT_SCORE_SETTINGS,
    );
    expect(WishDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      version: 1,
      requester: 'Aarhus Kommune',
      organisationCount: 1,
      submittedBy: { accountId: 'acc-1', via: 'app' },
      qualification: { 'requester.title': { checked: true, by: 'acc-1' } },
    });
  });
});

describe('similar titles', () => {
  it('searches the significant words, longest first', () => {
    expect(searchWords('Eksport af kontrakter til Excel og PDF')).toEqual([
      'kontrakter',
      'eksport',
      'excel',
      'pdf',
    ]);
    expect(searchWords('og i at')).toEqual([]);
  });

  it('scores shared words against the shorter title and ranks above the threshold', () => {
    expect(titleSimilarity('Eksport af kontrakter', 'Eksport af kontrakter til Excel')).toBe(1);
    expect(titleSimilarity('Eksport', 'Import')).toBe(0);
    const ranked = rankSimilar('Eksport af kontrakter', [
      { summary: 'Bedre login' },
      { summary: 'Eksport af leverandører' },
      { summary: 'Kontrakter: eksport til Excel' },
    ]);
    expect(ranked.map((r) => [r.summary, r.similarity])).toEqual([
      ['Kontrakter: eksport til Excel', 1],
      ['Eksport af leverandører', 0.5],
    ]);
  });
});
