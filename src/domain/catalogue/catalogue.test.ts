import {
  bucketSizes,
  CATALOGUE_VERSIONS,
  CATALOGUES,
  getCatalogue,
  LEVELS,
  levelIndex,
  levelLabel,
  levelsUpTo,
  requirementById,
  THEMES,
  themeLabel,
} from './index';

const v1 = getCatalogue('v1.1.0');
const v2018 = getCatalogue('2018');

const OS2_ORDER = [
  ...['R1', 'R2', 'R3', 'R4'],
  ...['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7'],
  ...Array.from({ length: 13 }, (_, i) => `F${i + 10}`),
  ...['S1', 'S2', 'S3', 'S4', 'S5'],
  ...Array.from({ length: 14 }, (_, i) => `G${i + 1}`),
];

describe('catalogue v1.1.0', () => {
  it('is the default', () => {
    expect(getCatalogue()).toBe(v1);
    expect(CATALOGUES['v1.1.0'].version).toBe('v1.1.0');
  });

  it("has OS2's 43 requirements, ids unique and in OS2's document order", () => {
    const ids = v1.requirements.map((r) => r.id);
    expect(ids).toHaveLength(43);
    expect(new Set(ids).size).toBe(43);
    expect(ids).toEqual(OS2_ORDER);
  });

  it('has no F8 or F9 (merged into F7 in 2024)', () => {
    expect(requirementById(v1, 'F8')).toBeUndefined();
    expect(requirementById(v1, 'F9')).toBeUndefined();
    expect(requirementById(v1, 'F7')?.level).toBe('1');
  });

  it('puts 6/10/19/8 requirements at the levels and 4/20/5/14 in the themes', () => {
    const sizes = bucketSizes(v1);
    expect(sizes.perLevel).toEqual({ sandkasse: 6, '1': 10, '2': 19, '3': 8 });
    expect(sizes.perTheme).toEqual({ R: 4, F: 20, S: 5, G: 14 });
    expect(sizes.total).toBe(43);
    expect(sizes.perModality).toEqual({ skal: 37, bør: 6 });
    expect(sizes.perLevelTheme.sandkasse).toEqual({ R: 1, F: 5, S: 0, G: 0 });
    expect(sizes.perLevelTheme['2']).toEqual({ R: 2, F: 9, S: 2, G: 6 });
  });

  it('makes exactly F19, F20, G7, G8, G9, G10 bør, and all others skal', () => {
    const bør = v1.requirements.filter((r) => r.modality === 'bør').map((r) => r.id);
    expect(bør).toEqual(['F19', 'F20', 'G7', 'G8', 'G9', 'G10']);
  });

  it('marks exactly the bør requirements "(anbefaling)" in their Danish name', () => {
    for (const r of v1.requirements) {
      expect([r.id, r.nameDa.endsWith('(anbefaling)')]).toEqual([r.id, r.modality === 'bør']);
    }
  });

  it('derives the theme from the id and gives every requirement names and guidance', () => {
    for (const r of v1.requirements) {
      expect(r.id[0]).toBe(r.theme);
      expect(r.nameDa.trim()).not.toBe('');
      expect(r.nameEn.trim()).not.toBe('');
      expect(r.guidanceDa?.trim()).toMatch(/\.$/);
    }
  });

  it("keeps OS2's canonical Danish wording", () => {
    expect(requirementById(v1, 'F3')?.nameDa).toBe('Udbudsregler og alm. lovformlighed er overholdt');
    expect(requirementById(v1, 'S3')?.nameDa).toBe(
      "Produktets (forventlige) kobling til OS2's mission, vision og strategi er beskrevet",
    );
    expect(requirementById(v1, 'G10')?.nameDa).toBe(
      'Der er udarbejdet en tilslutningserklæring til sikring af økonomi (anbefaling)',
    );
  });

  it('labels levels and themes in Danish and English', () => {
    expect(levelLabel(v1, 'sandkasse', 'da')).toBe('Sandkasse (minimumskrav)');
    expect(levelLabel(v1, 'sandkasse', 'en')).toBe('Sandbox (minimum requirements)');
    expect(levelLabel(v1, '2', 'da')).toBe('Niveau 2');
    expect(levelLabel(v1, '3', 'en')).toBe('Level 3');
    expect(themeLabel(v1, 'S', 'da')).toBe('Strategisk sammenhæng');
    expect(themeLabel(v1, 'F', 'en')).toBe('Formal requirements');
  });
});

describe('catalogue 2018', () => {
  it('has unique ids of the form 2018-<theme><n>, numbered in order per theme', () => {
    const ids = v2018.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const theme of THEMES) {
      const ofTheme = v2018.requirements.filter((r) => r.theme === theme);
      expect(ofTheme.map((r) => r.id)).toEqual(ofTheme.map((_, i) => `2018-${theme}${i + 1}`));
      const levels = ofTheme.map((r) => levelIndex(r.level));
      expect(levels).toEqual([...levels].sort());
    }
  });

  it('has one requirement per point of the 2018 model', () => {
    const sizes = bucketSizes(v2018);
    expect(sizes.perTheme).toEqual({ R: 5, F: 23, S: 5, G: 17 });
    expect(sizes.perLevel).toEqual({ sandkasse: 7, '1': 16, '2': 18, '3': 9 });
    // "No strategy link required" and no governance at Minimumskrav.
    expect(sizes.perLevelTheme.sandkasse).toEqual({ R: 1, F: 6, S: 0, G: 0 });
  });

  it('maps every requirement to a v1.1.0 id or to null', () => {
    for (const r of v2018.requirements) {
      expect(r.mapsTo === null || requirementById(v1, r.mapsTo ?? '') !== undefined).toBe(true);
    }
    const retired = v2018.requirements.filter((r) => r.mapsTo === null).map((r) => r.nameEn);
    expect(retired).toEqual([
      'Potential value for others',
      'Optionally a link to national initiatives',
      'The secretariat assists with meeting the requirements',
      'Number of municipalities: +1',
    ]);
  });

  it('splits "procurement rules met; general legality met" into two points that both became F3', () => {
    expect(requirementById(v2018, '2018-F3')?.mapsTo).toBe('F3');
    expect(requirementById(v2018, '2018-F4')?.mapsTo).toBe('F3');
  });

  it('has a predecessor for every v1.1.0 requirement except S4 (product vision)', () => {
    const successors = new Set(v2018.requirements.map((r) => r.mapsTo));
    expect(v1.requirements.filter((r) => !successors.has(r.id)).map((r) => r.id)).toEqual(['S4']);
  });

  it('makes the points that say "should" bør', () => {
    const bør = v2018.requirements.filter((r) => r.modality === 'bør').map((r) => r.id);
    expect(bør).toEqual([
      '2018-R3',
      '2018-F14',
      '2018-F18',
      '2018-S5',
      '2018-G6',
      '2018-G10',
      '2018-G11',
      '2018-G12',
      '2018-G13',
    ]);
  });

  it('calls its lowest level Minimumskrav', () => {
    expect(levelLabel(v2018, 'sandkasse', 'da')).toBe('Minimumskrav');
    expect(levelLabel(v2018, 'sandkasse', 'en')).toBe('Minimum requirements');
    expect(levelLabel(v2018, '1', 'da')).toBe('Niveau 1');
  });
});

describe('levels', () => {
  it('orders the levels 0..3', () => {
    expect(LEVELS.map(levelIndex)).toEqual([0, 1, 2, 3]);
  });

  it('lists the cumulative levels up to a target', () => {
    expect(levelsUpTo('sandkasse')).toEqual(['sandkasse']);
    expect(levelsUpTo('2')).toEqual(['sandkasse', '1', '2']);
    expect(levelsUpTo('3')).toEqual([...LEVELS]);
  });

  it('has a catalogue for every version', () => {
    for (const version of CATALOGUE_VERSIONS) expect(getCatalogue(version).version).toBe(version);
  });
});
