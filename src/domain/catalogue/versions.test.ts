import {
  CATALOGUE_VERSION_INFO,
  CATALOGUE_VERSIONS,
  CATALOGUES,
  CatalogueVersionSchema,
  catalogueVersionInfo,
  CURRENT_CATALOGUE_VERSION,
  getCatalogue,
  requirementById,
  supportsDocuments,
  type CatalogueVersion,
} from '.';

// Adding a catalogue version is one data file that describes itself and is registered here;
// these checks hold for every registered version without naming any of them.
describe.each(CATALOGUE_VERSION_INFO.map((v) => [v.id, v] as const))('catalogue version %s', (id, info) => {
  it('has a Danish and an English label', () => {
    expect(info.label.da.trim()).not.toBe('');
    expect(info.label.en.trim()).not.toBe('');
  });

  it('says whether documents support it', () => {
    expect(typeof info.documents).toBe('boolean');
    expect(supportsDocuments(id)).toBe(info.documents);
  });

  it('has a catalogue of requirements registered under its own id', () => {
    expect(CATALOGUES[id].version).toBe(id);
    expect(getCatalogue(id).requirements.length).toBeGreaterThan(0);
    expect(CatalogueVersionSchema.parse(id)).toBe(id);
    expect(catalogueVersionInfo(id)).toBe(info);
  });

  it('maps to a registered successor (not itself), and every requirement maps into it', () => {
    const successor = info.mapsTo;
    if (successor === null) {
      expect(getCatalogue(id).requirements.every((r) => r.mapsTo === undefined)).toBe(true);
      return;
    }
    expect(successor).not.toBe(id);
    expect(CATALOGUE_VERSIONS).toContain(successor);
    const target = getCatalogue(successor as CatalogueVersion);
    for (const r of getCatalogue(id).requirements) {
      expect(r.mapsTo === null || (r.mapsTo !== undefined && requirementById(target, r.mapsTo))).toBeTruthy();
    }
  });
});

describe('the catalogue version registry', () => {
  it('lists each version once, with unique ids', () => {
    expect(new Set(CATALOGUE_VERSIONS).size).toBe(CATALOGUE_VERSION_INFO.length);
    expect(Object.keys(CATALOGUES).sort()).toEqual([...CATALOGUE_VERSIONS].sort());
  });

  it('has a current version that documents support', () => {
    expect(CATALOGUE_VERSIONS).toContain(CURRENT_CATALOGUE_VERSION);
    expect(supportsDocuments(CURRENT_CATALOGUE_VERSION)).toBe(true);
  });

  it('follows successors to a version without one (no cycles)', () => {
    for (const start of CATALOGUE_VERSION_INFO) {
      const seen = new Set<string>();
      let at: string | null = start.id;
      while (at !== null) {
        expect(seen.has(at)).toBe(false);
        seen.add(at);
        at = catalogueVersionInfo(at as CatalogueVersion).mapsTo;
      }
    }
  });
});
