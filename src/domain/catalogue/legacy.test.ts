import { getCatalogue } from './index';
import {
  mapLegacyRequirement,
  matchRequirementText,
  normaliseRequirementText,
  parseLevel,
  TEXT_MATCH_THRESHOLD,
  textSimilarity,
} from './legacy';

const v1 = getCatalogue('v1.1.0');
const map = (input: Parameters<typeof mapLegacyRequirement>[0]) => mapLegacyRequirement(input, v1);

describe('mapLegacyRequirement by id', () => {
  it.each([
    ['R1', 'R1', 'id'],
    ['R3', 'R2', 'legacy-id'],
    ['R4', 'R3', 'legacy-id'],
    ['R5', 'R4', 'legacy-id'],
    ['F7', 'F7', 'id'],
    ['F8', 'F7', 'legacy-id'],
    ['F9', 'F7', 'legacy-id'],
    ['F13', 'F13', 'id'],
    ['G14', 'G14', 'id'],
    ['**f 8.**', 'F7', 'legacy-id'],
  ])('standard style: old %s is %s (%s)', (id, expected, reason) => {
    expect(map({ id })).toEqual({ id: expected, reason });
  });

  it('retires old R2 ("potential value for others")', () => {
    expect(map({ id: 'R2' })).toEqual({ id: null, reason: 'legacy-id' });
  });

  it.each([
    ['F13', 'F14'],
    ['F14', 'F13'],
    ['S4', 'S5'],
    ['R3', 'R2'],
    ['F8', 'F7'],
  ])('os2iot style: old %s is %s', (id, expected) => {
    expect(map({ id, style: 'os2iot' })).toEqual({ id: expected, reason: 'legacy-id' });
  });

  it('leaves unknown ids unmapped', () => {
    expect(map({ id: 'F23' })).toEqual({ id: null, reason: 'unmapped' });
    expect(map({ id: 'constructor' })).toEqual({ id: null, reason: 'unmapped' });
    expect(map({})).toEqual({ id: null, reason: 'unmapped' });
  });
});

describe('mapLegacyRequirement by text', () => {
  it('prefers a recognisable text over a wrong id', () => {
    // F13 in this report is the strategic communication material, i.e. today's F14.
    expect(
      map({ id: 'F13', text: 'Der er udarbejdet kommunikationsmateriale til strategisk niveau' }),
    ).toEqual({
      id: 'F14',
      reason: 'text',
    });
    // The os2iot swap is not applied when the text says otherwise.
    expect(
      map({ id: 'F13', text: 'Der er udarbejdet præsentationsmateriale af løsningen', style: 'os2iot' }),
    ).toEqual({ id: 'F13', reason: 'text' });
  });

  it('tolerates typos, case, italics, "(anbefaling)" and punctuation', () => {
    expect(map({ id: 'R9', text: 'Løsningen skaber lokal vædi' })).toEqual({ id: 'R1', reason: 'text' });
    expect(map({ text: 'Bestyrelsen har godkent styregrupen' })).toEqual({ id: 'G11', reason: 'text' });
    expect(map({ text: '*Uddannelsesmateriale er udarbejdet (Anbefaling)*' })).toEqual({
      id: 'F20',
      reason: 'text',
    });
    expect(map({ text: 'OS2s kommunikationskanaler anvendes (OS2.eu).' })).toEqual({
      id: 'F10',
      reason: 'text',
    });
    expect(map({ text: '<ul><li>Der er nedsat en styregruppe</li></ul>' })).toEqual({
      id: 'G6',
      reason: 'text',
    });
  });

  it('maps the retired "potential value for others" text to no requirement', () => {
    expect(map({ id: 'R2', text: 'Løsningen har potentielt værdi for andre' })).toEqual({
      id: null,
      reason: 'text',
    });
    expect(map({ id: 'R3', text: 'Løsningen har potentielt værdi for andre kommuner' })).toEqual({
      id: null,
      reason: 'text',
    });
  });

  it('falls back to the id when the text is not recognisable', () => {
    // Old F8 ("documented at technical level") has no counterpart text in v1.1.0.
    expect(map({ id: 'F8', text: 'Dokumenteret på teknisk niveau' })).toEqual({
      id: 'F7',
      reason: 'legacy-id',
    });
    expect(map({ id: 'R3', text: 'Noget helt andet' })).toEqual({ id: 'R2', reason: 'legacy-id' });
    expect(map({ text: 'Noget helt andet' })).toEqual({ id: null, reason: 'unmapped' });
  });

  it('keeps distinct requirements apart', () => {
    const names = v1.requirements.map((r) => normaliseRequirementText(r.nameDa));
    for (let i = 0; i < names.length; i += 1) {
      for (let j = i + 1; j < names.length; j += 1) {
        expect(textSimilarity(names[i], names[j])).toBeLessThan(TEXT_MATCH_THRESHOLD);
      }
    }
    for (const r of v1.requirements) expect(matchRequirementText(r.nameDa, v1)).toBe(r.id);
  });

  it('normalises text: lower case, accents kept, decoration gone', () => {
    expect(normaliseRequirementText("  **Produktet** er oprettet i OS2's   _porteføljestyring_ ")).toBe(
      'produktet er oprettet i os2s porteføljestyring',
    );
    expect(normaliseRequirementText('Review af kode foretages af tredjepart (anbefaling)')).toBe(
      'review af kode foretages af tredjepart',
    );
  });

  it('maps 2018 rows by their own ids', () => {
    const v2018 = getCatalogue('2018');
    expect(mapLegacyRequirement({ id: '2018-F3' }, v2018)).toEqual({ id: '2018-F3', reason: 'id' });
    expect(mapLegacyRequirement({ text: 'Der er nedsat en styregruppe' }, v2018)).toEqual({
      id: '2018-G9',
      reason: 'text',
    });
  });
});

describe('parseLevel', () => {
  it.each([
    ['0', 'sandkasse'],
    ['sandkasse', 'sandkasse'],
    ['Sandkasse', 'sandkasse'],
    ['Minimumskrav', 'sandkasse'],
    ['Sandkasse (minimumskrav)', 'sandkasse'],
    ['Sandbox', 'sandkasse'],
    ['1', '1'],
    [' Niveau 1 ', '1'],
    ['niveau2', '2'],
    ['Level 3', '3'],
    ['N2', '2'],
    ['**3**', '3'],
  ])('reads %j as %s', (value, level) => {
    expect(parseLevel(value)).toBe(level);
  });

  it.each(['', '4', 'Niveau 4', 'høj', 'constructor', '1 2'])('rejects %j', (value) => {
    expect(parseLevel(value)).toBeNull();
  });
});
