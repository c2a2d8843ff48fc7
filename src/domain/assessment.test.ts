import {
  draftLight,
  effectiveLight,
  isHttpUrl,
  isMet,
  isOutstanding,
  KNOWN_STATUSES,
  knownStatus,
  LIGHT_EMOJI,
  lightFromEmoji,
  LIGHTS,
  lightToEmoji,
  needsExplanation,
  outstandingForLevel,
  parseStatus,
  percent,
  progressTowardLevel,
  RequirementAssessmentSchema,
  RequirementEvaluationSchema,
  requirementState,
  statusToOs2,
  UNANSWERED,
  validateAssessment,
  validateFreeTexts,
  MAX_LONG_TEXT_LENGTH,
  type AssessmentDraft,
  type Light,
  type RequirementEvaluation,
  type SelfStatus,
} from './assessment';
import { getCatalogue, CURRENT_CATALOGUE_VERSION } from './catalogue';

const v1 = getCatalogue(CURRENT_CATALOGUE_VERSION);
const other = (text: string): SelfStatus => ({ kind: 'other', text });
const draft = (patch: Partial<AssessmentDraft> = {}): AssessmentDraft => ({
  status: knownStatus('Ja'),
  documentation: '',
  explanation: '',
  links: [],
  ...patch,
});
const set = (light: Light) => ({ light, source: 'set' as const });
const says = (status: SelfStatus) => ({ status });

describe('parseStatus', () => {
  it.each([
    ['Ja', 'Ja'],
    [' ja ', 'Ja'],
    ['JA', 'Ja'],
    ['**Ja**', 'Ja'],
    ['✅', 'Ja'],
    ['✅ Ja', 'Ja'],
    ['Nej', 'Nej'],
    ['❌', 'Nej'],
    ['Ikke relevant', 'Ikke relevant'],
    ['ikke relevant', 'Ikke relevant'],
    ['Ikke-relevant', 'Ikke relevant'],
    ['ikke  relevant.', 'Ikke relevant'],
    ['➖', 'Ikke relevant'],
    ['Ved ikke', 'Ved ikke'],
    ['❓', 'Ved ikke'],
    ['Planlagt', 'Planlagt'],
    ['🟡', 'Planlagt'],
    ['✅\uFE0F', 'Ja'],
  ])('reads %j as %s', (raw, value) => {
    expect(parseStatus(raw)).toEqual({ kind: 'known', value });
  });

  it.each([null, '', '   ', '[Udfyldes i selvevaluering]'])('reads %j as unanswered', (raw) => {
    expect(parseStatus(raw)).toEqual(UNANSWERED);
  });

  it.each(['Delvist', 'I gang / afventer', '?', 'Ja?', '✅ Nej', '✅❌', 'Jaa'])(
    'keeps %j as other with its original text',
    (raw) => {
      expect(parseStatus(raw)).toEqual({ kind: 'other', text: raw });
    },
  );

  it("round-trips every status through OS2's efterlevet value", () => {
    for (const value of KNOWN_STATUSES)
      expect(parseStatus(statusToOs2(knownStatus(value)))).toEqual(knownStatus(value));
    expect(statusToOs2(UNANSWERED)).toBeNull();
    expect(statusToOs2(other('I gang / afventer'))).toBe('I gang / afventer');
  });
});

describe('følg eller forklar', () => {
  const needing: [string, SelfStatus][] = [
    ['Nej', knownStatus('Nej')],
    ['Ikke relevant', knownStatus('Ikke relevant')],
    ['Planlagt', knownStatus('Planlagt')],
    ['Ved ikke', knownStatus('Ved ikke')],
    ['other', other('Delvist')],
  ];

  it.each(needing)('%s needs an explanation', (_, status) => {
    expect(needsExplanation(status)).toBe(true);
    const result = validateAssessment(draft({ status, explanation: '  ' }));
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'explanation', code: 'explanation-required' })],
    });
    expect(validateAssessment(draft({ status, explanation: 'Afventer styregruppen.' }))).toEqual({
      ok: true,
    });
  });

  it.each([
    ['Ja', knownStatus('Ja')],
    ['unanswered', UNANSWERED],
  ])('%s needs no explanation', (_, status) => {
    expect(needsExplanation(status)).toBe(false);
    expect(validateAssessment(draft({ status }))).toEqual({ ok: true });
  });

  it('explains in Danish and English', () => {
    const result = validateAssessment(draft({ status: knownStatus('Nej') }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].message.da).toMatch(/forklar/i);
      expect(result.errors[0].message.en).toMatch(/explain/i);
    }
  });

  it.each([
    ['documentation', 5000, true],
    ['documentation', 5001, false],
    ['explanation', 5000, true],
    ['explanation', 5001, false],
  ] as const)('%s of %i characters is accepted: %s', (field, length, ok) => {
    const result = validateAssessment(draft({ [field]: 'x'.repeat(length) }));
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ field, code: 'too-long' })]);
  });
});

describe('free texts of a record', () => {
  it.each([
    [5000, undefined, true],
    [5001, undefined, false],
    [10_000, MAX_LONG_TEXT_LENGTH, true],
    [10_001, MAX_LONG_TEXT_LENGTH, false],
  ] as const)('%i characters within the limit %s: %s, the message naming the limit', (length, max, ok) => {
    const result = validateFreeTexts({ recommendationProduct: 'x'.repeat(length) }, max);
    expect(result.ok).toBe(ok);
    if (!result.ok) {
      expect(result.errors).toEqual([
        expect.objectContaining({ field: 'recommendationProduct', code: 'too-long' }),
      ]);
      expect(result.errors[0].message.en).toBe(`The text may be at most ${max ?? 5000} characters.`);
      expect(result.errors[0].message.da).toBe(`Teksten må højst være ${max ? '10.000' : '5.000'} tegn.`);
    }
  });
});

describe('links', () => {
  it.each([
    'https://github.com/OS2/os2eksempel',
    'http://os2.eu/produkt/os2eksempel?x=1#y',
    'HTTPS://OS2.EU',
  ])('accepts %s', (link) => {
    expect(isHttpUrl(link)).toBe(true);
    expect(validateAssessment(draft({ links: [link] }))).toEqual({ ok: true });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript://example.org/%0aalert(1)',
    'ftp://example.org/file',
    'data:text/html,<script>alert(1)</script>',
    'mailto:x@example.org',
    '/relative/path',
    'README.md',
    '//example.org/protocol-relative',
    'https://',
    'https:example.org',
    'https://exa mple.org',
    '',
  ])('rejects %j', (link) => {
    expect(isHttpUrl(link)).toBe(false);
    expect(validateAssessment(draft({ links: ['https://ok.example', link] }))).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'links.1', code: 'invalid-link' })],
    });
  });

  it('rejects too many links', () => {
    const links = Array.from({ length: 51 }, (_, i) => `https://example.org/${i}`);
    expect(validateAssessment(draft({ links }))).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'links', code: 'too-many-links' })],
    });
  });

  it('rejects non-http(s) link targets inside the free text, and allows plain http(s) ones', () => {
    expect(
      validateAssessment(
        draft({ documentation: 'Se [README](https://github.com/OS2/x) og <https://os2.eu>' }),
      ),
    ).toEqual({ ok: true });
    for (const documentation of [
      'Klik [her](javascript:alert(1))',
      'Se <data:text/html,x>',
      '[x]( ftp://host/f )',
      // Disguised: character references, controls inside the scheme, HTML and reference links.
      '[her](&#106;avascript:alert(1))',
      '[her](&#x6A;avascript:alert(1))',
      '[her](javascript&colon;alert(1))',
      '[her](java&Tab;script:alert(1))',
      '<a href="java\tscript:alert(1)">her</a>',
      '&lt;a href=&quot;javascript:alert(1)&quot;&gt;her&lt;/a&gt;',
      '<a href="javascript:alert(1)">her</a>',
      "<a HREF='vbscript:x'>her</a>",
      '<img src=javascript:alert(1)>',
      '[her][1]\n\n[1]: javascript:alert(1)',
      '&#91;her&#93;&#40;javascript:alert(1)&#41;',
    ]) {
      expect(validateAssessment(draft({ documentation }))).toEqual({
        ok: false,
        errors: [expect.objectContaining({ field: 'documentation', code: 'unsafe-link' })],
      });
    }
    // A word followed by a colon is not a link, and http(s) behind references is fine.
    for (const documentation of [
      'Bemærk: se repositoriet.',
      '<a href="https://os2.eu">OS2</a>',
      '[OS2][1]\n\n[1]: https://os2.eu',
      'Tid: 10:30 &amp; sted: Aarhus',
    ]) {
      expect(validateAssessment(draft({ documentation }))).toEqual({ ok: true });
    }
  });
});

describe('stored shapes', () => {
  const assessment = {
    schemaVersion: 1,
    requirementId: 'F2',
    status: knownStatus('Ja'),
    documentation: 'MPL-2.0, se LICENSE.',
    explanation: '',
    links: ['https://github.com/OS2/os2eksempel/blob/main/LICENSE'],
    updatedAt: '2026-05-01T12:27:28.000Z',
    updatedBy: '5b10a2844c20165700ede21g',
    version: 3,
  };

  it('parses a valid assessment and refuses other schema versions and unsafe links', () => {
    expect(RequirementAssessmentSchema.parse(assessment)).toEqual(assessment);
    expect(RequirementAssessmentSchema.safeParse({ ...assessment, schemaVersion: 2 }).success).toBe(false);
    expect(
      RequirementAssessmentSchema.safeParse({ ...assessment, links: ['javascript:alert(1)'] }).success,
    ).toBe(false);
    expect(RequirementAssessmentSchema.safeParse({ ...assessment, version: 1.5 }).success).toBe(false);
    expect(
      RequirementAssessmentSchema.safeParse({ ...assessment, status: { kind: 'other', text: 'Delvist' } })
        .success,
    ).toBe(true);
  });

  it('parses an evaluation', () => {
    const evaluation: RequirementEvaluation = {
      schemaVersion: 1,
      requirementId: 'F2',
      light: 'yellow',
      basis: 'Licensfil mangler i ét repositorie.',
      source: 'set',
      evaluatedAt: '2026-05-10T09:00:00.000Z',
      evaluatedBy: 'abc',
      version: 1,
    };
    expect(RequirementEvaluationSchema.parse(evaluation)).toEqual(evaluation);
    expect(RequirementEvaluationSchema.safeParse({ ...evaluation, light: 'blue' }).success).toBe(false);
  });
});

describe('lights', () => {
  it('maps lights to emoji and back', () => {
    expect(LIGHTS.map(lightToEmoji).join('')).toBe('🟢🟡🔴⚪');
    for (const light of LIGHTS) expect(lightFromEmoji(LIGHT_EMOJI[light])).toBe(light);
    expect(lightFromEmoji(' ⚪\uFE0F ')).toBe('grey');
    expect(lightFromEmoji('Rød')).toBe('red');
    expect(lightFromEmoji('✅')).toBeNull();
  });

  it.each([
    [knownStatus('Ja'), 'green'],
    [knownStatus('Nej'), 'red'],
    [knownStatus('Ikke relevant'), 'grey'],
    [knownStatus('Planlagt'), 'yellow'],
    [knownStatus('Ved ikke'), 'red'],
    [UNANSWERED, 'red'],
    [other('Delvist'), 'red'],
  ])('drafts %j as %s', (status, light) => {
    expect(draftLight(status)).toBe(light);
  });
});

describe('met and outstanding', () => {
  it.each([
    // [status, evaluation, state]
    [knownStatus('Ja'), undefined, 'met'],
    [knownStatus('Ja'), set('green'), 'met'],
    [knownStatus('Ja'), set('yellow'), 'outstanding'], // "Ja" without evidence
    [knownStatus('Nej'), undefined, 'outstanding'],
    [knownStatus('Nej'), set('green'), 'met'],
    [knownStatus('Ikke relevant'), undefined, 'not-relevant'], // not yet evaluated: accepted for now
    [knownStatus('Ikke relevant'), set('grey'), 'not-relevant'], // accepted
    [knownStatus('Ikke relevant'), set('red'), 'outstanding'], // rejected
    [knownStatus('Planlagt'), undefined, 'outstanding'],
    [knownStatus('Ved ikke'), undefined, 'outstanding'],
    [other('Delvist'), undefined, 'outstanding'],
    [UNANSWERED, undefined, 'outstanding'],
    [knownStatus('Ja'), { light: 'red' as const, source: 'draft' as const }, 'met'], // drafts do not count
  ])('%j evaluated %j is %s', (status, evaluation, state) => {
    expect(requirementState(says(status), evaluation)).toBe(state);
    expect(isMet(says(status), evaluation)).toBe(state === 'met');
    expect(isOutstanding(says(status), evaluation)).toBe(state === 'outstanding');
  });

  it('treats a missing assessment as unanswered', () => {
    expect(isOutstanding(undefined, undefined)).toBe(true);
    expect(effectiveLight(undefined, set('grey'))).toBe('grey');
  });

  const allYes = Object.fromEntries(v1.requirements.map((r) => [r.id, says(knownStatus('Ja'))]));

  it('is cumulative: target 2 covers sandkasse, 1 and 2, not 3', () => {
    const none = outstandingForLevel(v1, '2', new Map());
    expect(none.counts.total).toBe(6 + 10 + 19);
    expect(none.counts.byLevel).toEqual({ sandkasse: 6, '1': 10, '2': 19, '3': 0 });
    expect(none.items.map((i) => i.requirement.id)).toContain('R1');
    expect(none.items.map((i) => i.requirement.id)).not.toContain('R4');
    expect(outstandingForLevel(v1, 'sandkasse', {}).counts.total).toBe(6);
    expect(outstandingForLevel(v1, '3', {}).counts.total).toBe(43);
    expect(outstandingForLevel(v1, '3', allYes).counts.total).toBe(0);
  });

  it('groups what is outstanding by modality, theme and level', () => {
    const assessments = {
      ...allYes,
      F4: says(knownStatus('Nej')), // sandkasse, skal
      S1: says(knownStatus('Planlagt')), // 1
      G7: says(knownStatus('Ved ikke')), // 2, bør
      G9: says(UNANSWERED), // 2, bør
      R4: says(knownStatus('Nej')), // 3: beyond the target
    };
    const result = outstandingForLevel(v1, '2', assessments);
    expect(result.items.map((i) => i.requirement.id)).toEqual(['F4', 'S1', 'G7', 'G9']);
    expect(result.byModality.skal.map((i) => i.requirement.id)).toEqual(['F4', 'S1']);
    expect(result.byModality.bør.map((i) => i.requirement.id)).toEqual(['G7', 'G9']);
    expect(result.counts).toEqual({
      total: 4,
      byModality: { skal: 2, bør: 2 },
      byTheme: { R: 0, F: 1, S: 1, G: 2 },
      byLevel: { sandkasse: 1, '1': 1, '2': 2, '3': 0 },
    });
    expect(result.byLevel['2'][0]).toMatchObject({
      light: 'red',
      state: 'outstanding',
      status: knownStatus('Ved ikke'),
    });
  });

  it('does not count an accepted not-relevant as outstanding, but does count a rejected one', () => {
    const assessments = {
      ...allYes,
      G6: says(knownStatus('Ikke relevant')),
      G5: says(knownStatus('Ikke relevant')),
    };
    const evaluations = new Map([
      ['G6', set('grey')],
      ['G5', set('red')],
    ]);
    const result = outstandingForLevel(v1, '2', assessments, evaluations);
    expect(result.items.map((i) => i.requirement.id)).toEqual(['G5']);
    expect(outstandingForLevel(v1, '2', assessments).counts.total).toBe(0);
  });

  it('measures progress toward a level, split skal/bør', () => {
    const assessments = {
      R1: says(knownStatus('Ja')),
      F1: says(knownStatus('Ja')),
      F2: says(knownStatus('Ikke relevant')),
      F19: says(knownStatus('Ja')),
      F20: says(knownStatus('Nej')),
    };
    const progress = progressTowardLevel(v1, '2', assessments, { F2: set('grey') });
    expect(progress.all).toEqual({
      total: 35,
      met: 3,
      notRelevant: 1,
      done: 4,
      outstanding: 31,
      percent: 11,
    });
    expect(progress.byModality.skal).toMatchObject({ total: 29, met: 2, done: 3, percent: 10 });
    expect(progress.byModality.bør).toMatchObject({ total: 6, met: 1, done: 1, percent: 17 });
    expect(progressTowardLevel(v1, 'sandkasse', {}).byModality.bør).toMatchObject({ total: 0, percent: 100 });
    expect(progressTowardLevel(v1, '3', allYes).all.percent).toBe(100);
  });

  it('rounds percentages', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(1, 8)).toBe(13);
    expect(percent(0, 0)).toBe(0);
  });
});
