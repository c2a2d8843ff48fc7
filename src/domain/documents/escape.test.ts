import fc from 'fast-check';
import { readHeading, readMarkdown, splitRow, tableRow } from './common';
import {
  decodeEntities,
  findUnsafeLinks,
  markdownCell,
  markdownHeading,
  markdownInline,
  markdownParagraph,
  normaliseCellText,
  readCell,
  safeFileName,
  safeLinkTarget,
} from './escape';

/** Text made mostly of what markdown, HTML and entity syntax are built from, so collisions are common. */
const SPECIAL = [...'|\\\n\r\t <>&#;*_-+=~`[]().!:/"\'x1aA'];
const markdownish = fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 40 });
const entityish = fc
  .array(fc.oneof(markdownish, fc.constantFrom('&amp;', '&#124;', '&lt;br&gt;', '<br>', '&colon;', '&#x5c;')))
  .map((parts) => parts.join(''));
/** Any text: markdown-heavy, entity-heavy, or arbitrary code points (lone surrogates included). */
const anyText = fc.oneof(markdownish, entityish, fc.string({ unit: 'binary', maxLength: 40 }));

const params = { numRuns: 500 };

/** A cell as a reader gets it: written into a row, the row split, the cell read. */
const throughRow = (escaped: string) => readCell(splitRow(tableRow(['id', escaped, 'end']))[1]!);

describe('markdownCell and readCell', () => {
  it('round-trip any text, up to the documented whitespace normalisation', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(throughRow(markdownCell(text))).toBe(normaliseCellText(text));
      }),
      params,
    );
  });

  it('round-trip exactly text that is already normalised (pipes, backslashes, newlines, `<`)', () => {
    for (const text of ['a|b', 'a\\|b', '\\', 'x\ny', '<br>', '<script>', '&amp;|&#124;', '|', '\\\\|']) {
      expect(throughRow(markdownCell(text))).toBe(text);
    }
    fc.assert(
      fc.property(anyText.map(normaliseCellText), (text) => {
        expect(throughRow(markdownCell(text))).toBe(text);
      }),
      params,
    );
  });

  it('never leave an unescaped pipe, a backslash of the text or a line break in the cell', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = markdownCell(text);
        expect(escaped).not.toMatch(/[\n\r]/);
        // `\|` is the only backslash and the only pipe the escaper writes.
        expect(escaped.split('\\|').join('')).not.toMatch(/[|\\]/);
      }),
      params,
    );
  });

  it('keep the row shape: one cell per value', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (values) => {
        const row = tableRow(values.map(markdownCell));
        expect(splitRow(row)).toHaveLength(values.length);
        expect(readMarkdown(`| a |\n| --- |\n${row}\n`).tables[0]?.rows).toHaveLength(1);
      }),
      params,
    );
  });

  it('write no raw HTML tag or non-http link a reader would render', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = markdownCell(text);
        expect(escaped.split('<br>').join('')).not.toContain('<');
        expect(escaped).not.toMatch(/\]\((?!\s*https?:)/i);
      }),
      params,
    );
  });
});

describe('markdownInline and markdownParagraph', () => {
  it('decode back to the text (inline: normalised; paragraph: trimmed, line breaks as \\n)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const inline = markdownInline(text);
        expect(inline).not.toContain('|');
        expect(decodeEntities(inline.split('<br>').join('\n'))).toBe(normaliseCellText(text));
        const paragraph = markdownParagraph(text);
        expect(paragraph).not.toContain('|');
        expect(decodeEntities(paragraph)).toBe(text.split('\r\n').join('\n').split('\r').join('\n').trim());
      }),
      params,
    );
  });

  it('keep and escape the first character after an indent', () => {
    expect(markdownParagraph('a\n  |b')).toBe('a\n  &#124;b');
    expect(markdownParagraph('a\n <b>')).toBe('a\n &lt;b&gt;');
    expect(decodeEntities(markdownParagraph('a\n  |b'))).toBe('a\n  |b');
  });

  it('start no heading, list, fence, rule or table row on any line of a paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = readMarkdown(markdownParagraph(text));
        expect(doc.headings).toEqual([]);
        expect(doc.tables).toEqual([]);
        expect(doc.fenced.size).toBe(0);
        for (const line of markdownParagraph(text).split('\n')) {
          // Markers, list items, and rules or setext underlines (a line of one of `-*_=` only).
          expect(line.trimStart()).not.toMatch(
            /^(?:[#`~>]|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|([-*_=])(?:\s*\1)*\s*$)/,
          );
        }
      }),
      params,
    );
  });
});

describe('markdownHeading', () => {
  it('is one line that cannot start a new heading or row, and reads back as the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const heading = markdownHeading(text);
        expect(heading).not.toMatch(/[\n\r|]/);
        // Every `#` is part of a character reference the escaper wrote.
        expect(heading.split('&#').join('')).not.toContain('#');
        const doc = readMarkdown(`## ${heading}\n`);
        expect(doc.headings).toHaveLength(1);
        expect(doc.tables).toEqual([]);
        const read = readHeading(`## ${heading}`);
        expect(read?.depth).toBe(2);
        expect(decodeEntities(read!.text)).toBe(normaliseCellText(text).split('\n').join(' '));
      }),
      params,
    );
  });

  it('neutralises a heading marker at the start', () => {
    expect(markdownHeading('# Not a heading')).not.toMatch(/^#/);
    expect(readHeading(markdownHeading('### x'))).toBeNull();
  });
});

describe('safeLinkTarget', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    ' javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'java\u200bscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example',
    'https\u0000://os2.eu',
    'http&colon;//os2.eu',
    'ftp://os2.eu',
    '',
  ])('refuses %j', (target) => {
    expect(safeLinkTarget(target)).toBeNull();
  });

  it.each([
    ['https://os2.eu', 'https://os2.eu'],
    ['http://os2.eu/a?b=c#d', 'http://os2.eu/a?b=c#d'],
    ['HTTPS://OS2.EU', 'HTTPS://OS2.EU'],
    ['  https://os2.eu  ', 'https://os2.eu'],
    ['https://os2.eu/a(b)', 'https://os2.eu/a%28b%29'],
    ['https://os2.eu/<x>|"', 'https://os2.eu/%3Cx%3E%7C%22'],
  ])('accepts %j as %j', (target, written) => {
    expect(safeLinkTarget(target)).toBe(written);
  });

  it('writes only http(s) targets that a link reader finds nothing unsafe in', () => {
    const target = fc.oneof(
      anyText.map((t) => `https://os2.eu/${t}`),
      anyText.map((t) => `http:${t}`),
      anyText,
    );
    fc.assert(
      fc.property(target, (t) => {
        const written = safeLinkTarget(t);
        if (written === null) return;
        expect(written).toMatch(/^https?:\/\//i);
        expect(written).not.toMatch(/[\s()<>|"'`[\]\\]/);
        expect(findUnsafeLinks(`[x](${written})`)).toEqual([]);
      }),
      params,
    );
  });
});

describe('findUnsafeLinks', () => {
  it.each([
    ['[x](javascript:alert(1))', 'javascript:alert(1'],
    ['[x]( JavaScript:alert(1) )', 'JavaScript:alert(1'],
    ['[x](&#106;avascript:alert(1))', 'javascript:alert(1'],
    ['[x](javascript&colon;alert(1))', 'javascript:alert(1'],
    ['[x]: vbscript:msgbox', 'vbscript:msgbox'],
    ['<javascript:alert(1)>', 'javascript:alert(1)'],
    ['<script>alert(1)</script>', '<script>'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['<IMG SRC=x ONERROR=alert(1)', '<IMG SRC=x ONERROR=alert(1)'],
    ['see data:text/html,x', 'data:text/html,x'],
    ['[x](<javascript:alert(1)>)', 'javascript:alert(1'],
  ])('finds the unsafe part of %j', (text, unsafe) => {
    const found = findUnsafeLinks(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.includes(unsafe) || unsafe.includes(f))).toBe(true);
  });

  it.each([
    'https://os2.eu',
    '[OS2](https://os2.eu)',
    '<https://os2.eu>',
    'a < b and c > d',
    'metadata: none',
    'mailto is not a scheme here',
  ])('finds nothing in %j', (text) => {
    expect(findUnsafeLinks(text)).toEqual([]);
  });
});

describe('safeFileName', () => {
  it.each([
    ['OS2loop', 'OS2loop'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['.hidden', 'hidden'],
    ['a\u0000b', 'ab'],
    ['evil\u202Etxt.exe', 'eviltxt.exe'],
    ['\u2066x\u2069', 'x'],
    ['CON', 'produkt'],
    ['...', 'produkt'],
    ['a/b:c*d?e"f<g>h|i', 'a-b-c-d-e-f-g-h-i'],
  ])('%j → %j', (name, slug) => {
    expect(safeFileName(name)).toBe(slug);
  });

  it('never keeps path separators, controls, format or bidi characters, or a leading dot', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const slug = safeFileName(name);
        expect(slug).not.toBe('');
        expect(slug).not.toMatch(/[/\\:*?"<>|]/);
        expect(slug.startsWith('.')).toBe(false);
        expect(slug).not.toMatch(/^[.-]|[.-]$/);
        expect([...slug].length).toBeLessThanOrEqual(100);
        for (const ch of slug) {
          const c = ch.codePointAt(0)!;
          expect(c < 0x20 || (c >= 0x7f && c <= 0x9f) || /[\p{Cf}\p{Cs}]/u.test(ch)).toBe(false);
        }
      }),
      params,
    );
  });
});
