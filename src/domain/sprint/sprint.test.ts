import { emptyWish, setPledge, WishDocumentSchema, type WishDocument } from '../wish';
import { at, funded, ok, ready, S } from '../wish/test-support';
import {
  acceptanceCriteria,
  budgetLeft,
  csvField,
  followSteps,
  loadOf,
  placementWarnings,
  settlementCsv,
  settlementMarkdown,
  settlementProposal,
  settleWish,
  sprintPlanMarkdown,
  unconfirmed,
  wishFunding,
  wishWarnings,
  type ExportSprint,
} from '.';

const pledge = (
  doc: WishDocument,
  organisation: string,
  amountDkk: number,
  state: 'indicated' | 'committed',
) => ok(setPledge(doc, { organisation, amountDkk, state, accountId: 'acc', at: at(5) }, S));
const inStatus = (doc: WishDocument, status: WishDocument['status']) =>
  WishDocumentSchema.parse({ ...doc, status });

describe('funding and load', () => {
  it('pays a wish partly by committed pledges and partly by the common budget, up to the share per wish', () => {
    // ready(): estimate 200 h, 200.000 kr.
    const doc = pledge(
      pledge(ready(), 'Aarhus Kommune', 120_000, 'committed'),
      'Odense Kommune',
      50_000,
      'indicated',
    );
    expect(wishFunding(doc, 100_000)).toEqual({
      estimateDkk: 200_000,
      estimateHours: 200,
      pledgedDkk: 120_000,
      commonShareDkk: 80_000,
      shortfallDkk: 0,
    });
    expect(wishFunding(doc, 50_000)).toMatchObject({ commonShareDkk: 50_000, shortfallDkk: 30_000 });
    expect(wishWarnings(doc, wishFunding(doc, 50_000))).toEqual(['unfunded']);
    // Fully pledged: the common budget pays nothing.
    expect(wishFunding(funded(), 100_000)).toMatchObject({ commonShareDkk: 0, shortfallDkk: 0 });
  });

  it('needs nothing before an estimate, and flags it', () => {
    const doc = emptyWish(at(1));
    expect(wishFunding(doc, 40_000)).toMatchObject({ commonShareDkk: 0, shortfallDkk: 0, estimateHours: 0 });
    expect(wishWarnings(doc, wishFunding(doc, 40_000))).toEqual(['unqualified', 'unestimated']);
  });

  it('adds up hours, kroner and the common budget drawn, and what is left of the year', () => {
    const a = wishFunding(pledge(ready(), 'Aarhus Kommune', 150_000, 'committed'), 40_000);
    const b = wishFunding(funded(), 40_000);
    expect(loadOf([a, b])).toEqual({ hours: 400, amountDkk: 400_000, commonShareDkk: 40_000 });
    expect(budgetLeft(350_000, 40_000)).toBe(310_000);
    expect(budgetLeft(30_000, 40_000)).toBe(-10_000);
  });
});

describe('placement warnings', () => {
  const doc = funded();
  const funding = wishFunding(doc, 0);
  it('warns over capacity and over budget, and only confirmed warnings let a move through', () => {
    const w = placementWarnings(doc, funding, {
      sprintLoad: { hours: 150, amountDkk: 0, commonShareDkk: 0 },
      capacityHours: 300,
      budgetLeftDkk: 0,
    });
    expect(w).toEqual(['over-capacity']);
    expect(unconfirmed(w, [])).toEqual(['over-capacity']);
    expect(unconfirmed(w, ['over-capacity'])).toEqual([]);
    // Exactly at capacity is not over it; no capacity set: no warning.
    expect(
      placementWarnings(doc, funding, {
        sprintLoad: { hours: 100, amountDkk: 0, commonShareDkk: 0 },
        capacityHours: 300,
        budgetLeftDkk: 0,
      }),
    ).toEqual([]);
    expect(
      placementWarnings(doc, funding, {
        sprintLoad: { hours: 900, amountDkk: 0, commonShareDkk: 0 },
        capacityHours: null,
        budgetLeftDkk: 0,
      }),
    ).toEqual([]);
  });

  it('warns over budget when the wish needs more of the common budget than is left', () => {
    const half = pledge(ready(), 'Aarhus Kommune', 100_000, 'committed');
    const f = wishFunding(half, 100_000);
    const facts = { sprintLoad: { hours: 0, amountDkk: 0, commonShareDkk: 0 }, capacityHours: null };
    expect(placementWarnings(half, f, { ...facts, budgetLeftDkk: 99_999 })).toEqual(['over-budget']);
    expect(placementWarnings(half, f, { ...facts, budgetLeftDkk: 100_000 })).toEqual([]);
  });
});

describe('following the sprint', () => {
  it('moves ordered → in progress once the sprint has started, and on to delivered once the issue is done', () => {
    expect(followSteps('ordered', { sprintState: 'future', issueDone: false })).toEqual([]);
    expect(followSteps('ordered', { sprintState: 'active', issueDone: false })).toEqual(['in-progress']);
    expect(followSteps('ordered', { sprintState: 'closed', issueDone: true })).toEqual([
      'in-progress',
      'delivered',
    ]);
    expect(followSteps('in-progress', { sprintState: null, issueDone: true })).toEqual(['delivered']);
    expect(followSteps('accepted', { sprintState: 'active', issueDone: true })).toEqual([]);
    expect(followSteps('delivered', { sprintState: 'closed', issueDone: true })).toEqual([]);
  });
});

describe('settlement', () => {
  const delivered = () =>
    inStatus(
      pledge(
        pledge(pledge(ready(), 'Odense Kommune', 60_000, 'committed'), 'Aarhus Kommune', 40_000, 'committed'),
        'Vejle Kommune',
        5_000,
        'indicated',
      ),
      'delivered',
    );

  it('proposes each committed pledge per organisation and the common budget share against the estimate', () => {
    const proposal = settlementProposal(delivered(), 80_000);
    // Danish order: "Aa" is "Å", the last letter, so Aarhus comes after Odense.
    expect(proposal.lines).toEqual([
      { organisation: 'Odense Kommune', amountDkk: 60_000, source: 'committed' },
      { organisation: 'Aarhus Kommune', amountDkk: 40_000, source: 'committed' },
      { organisation: null, amountDkk: 80_000, source: 'common-budget' },
    ]);
    expect(proposal).toMatchObject({ estimateDkk: 200_000, totalDkk: 180_000, differenceDkk: -20_000 });
    expect(proposal.indicated).toEqual([{ organisation: 'Vejle Kommune', amountDkk: 5_000 }]);
  });

  it('invoices the committed pledges through the pledge operation, one version, and only once', () => {
    const doc = delivered();
    const result = settleWish(doc, 'acc-coordinator', at(9), S);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.doc.version).toBe(doc.version + 1);
    expect(result.doc.pledges.map((p) => [p.organisation, p.state])).toEqual([
      ['Odense Kommune', 'invoiced'],
      ['Aarhus Kommune', 'invoiced'],
      ['Vejle Kommune', 'indicated'],
    ]);
    expect(settleWish(result.doc, 'acc-coordinator', at(10), S)).toMatchObject({ ok: true, changed: false });
    expect(settleWish(inStatus(doc, 'in-progress'), 'acc', at(9), S)).toMatchObject({ ok: false });
  });
});

describe('acceptance criteria', () => {
  it('reads the "Acceptkriterier:" list from the description', () => {
    const adf = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Som borger ønsker jeg …' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Acceptkriterier:' },
            { type: 'hardBreak' },
            { type: 'text', text: '- Linket virker' },
            { type: 'hardBreak' },
            { type: 'text', text: '- MitID bekræfter' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Indsendt af Aarhus Kommune.' }] },
      ],
    };
    expect(acceptanceCriteria(adf)).toEqual(['Linket virker', 'MitID bekræfter']);
    expect(acceptanceCriteria(null)).toEqual([]);
  });
});

describe('exports', () => {
  const rows = [
    {
      wishKey: 'VALGHAL-1',
      summary: '=HYPERLINK("x"); | <b>',
      sprintName: 'Sprint 4',
      settledAt: '2026-11-20T10:00:00.000Z',
      line: { organisation: 'Aarhus Kommune', amountDkk: 30_000, source: 'committed' as const },
    },
    {
      wishKey: 'VALGHAL-1',
      summary: '=HYPERLINK("x"); | <b>',
      sprintName: 'Sprint 4',
      settledAt: '2026-11-20T10:00:00.000Z',
      line: { organisation: null, amountDkk: 34_000, source: 'common-budget' as const },
    },
  ];

  it('writes the settlement CSV with a BOM, per organisation, user text quoted and defused', () => {
    const csv = settlementCsv('OS2valghalla', rows);
    expect(csv.startsWith('\uFEFFOrganisation;Produkt;')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toBe(
      `Aarhus Kommune;OS2valghalla;VALGHAL-1;"'=HYPERLINK(""x""); | <b>";Sprint 4;30000;Bindende tilsagn;2026-11-20`,
    );
    expect(lines[2].startsWith('Fællesbudget;')).toBe(true);
    expect(csvField('-1')).toBe("'-1");
  });

  it('writes the settlement and the plan as markdown with user text escaped', () => {
    const md = settlementMarkdown('OS2valghalla', rows);
    expect(md).toContain('## Aarhus Kommune');
    expect(md).not.toContain('<b>');
    expect(md).toContain('\\|');
    const sprint: ExportSprint = {
      name: '# Sprint <4>',
      state: 'future',
      startDate: '2026-11-16T08:00:00.000Z',
      endDate: null,
      goal: '',
      capacityHours: 300,
      load: { hours: 80, amountDkk: 64_000, commonShareDkk: null },
      wishes: [
        {
          key: 'VALGHAL-1',
          summary: 'a | b',
          status: 'ordered',
          hours: 80,
          amountDkk: 64_000,
          commonShareDkk: null,
          pledgedDkk: null,
          warnings: ['over-capacity'],
          issueDone: false,
        },
      ],
    };
    const plan = sprintPlanMarkdown('OS2valghalla', sprint);
    expect(plan).not.toContain('Tilsagn');
    expect(plan).not.toContain('<4>');
    expect(plan).toContain('| 1 | VALGHAL-1 | a \\| b | Bestilt | 80 | 64.000 | over kapacitet |');
  });
});
