import fc from 'fast-check';
import { isWellFormedText, NAME_MESSAGES, nameProblem, nameSchema } from './names';

describe('nameProblem', () => {
  it.each([
    ['Styregruppe', null],
    ['Leverandør', null],
    ['toString', null],
    ['__proto__', null],
    ['Aarhus Kommune \u{1F3D9}', null],
    ['', 'empty'],
    [' Styregruppe', 'untrimmed'],
    ['Styregruppe\n', 'untrimmed'],
    ['Styre\u0000gruppe', 'control'],
    ['Styre\u001bgruppe', 'control'],
    ['Styre\u007fgruppe', 'control'],
    ['Styre\u0085gruppe', 'control'],
    ['Styre\u009fgruppe', 'control'],
    ['Styre\u202Agruppe', 'bidi'],
    ['Styre\u202Egruppe', 'bidi'],
    ['\u2066Styregruppe', 'bidi'],
    ['Styregruppe\u2069x', 'bidi'],
    ['Styre\uD800gruppe', 'ill-formed'],
    ['\uDC00', 'ill-formed'],
  ])('%j → %s', (name, problem) => {
    expect(nameProblem(name, 100)).toBe(problem);
  });

  it('counts code points against the length limit', () => {
    expect(nameProblem('\u{1F680}'.repeat(10), 10)).toBeNull();
    expect(nameProblem('a'.repeat(11), 10)).toBe('too-long');
  });

  it('accepts exactly the names without controls, bidi controls, lone surrogates or outer space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (name) => {
        const bad =
          !isWellFormedText(name) ||
          name.trim() !== name ||
          name === '' ||
          [...name].some((ch) => {
            const c = ch.codePointAt(0)!;
            return (
              c < 0x20 ||
              (c >= 0x7f && c < 0xa0) ||
              (c >= 0x202a && c <= 0x202e) ||
              (c >= 0x2066 && c <= 0x2069)
            );
          });
        expect(nameProblem(name, 100) !== null).toBe(bad);
      }),
    );
  });
});

describe('isWellFormedText', () => {
  it('tells lone surrogates from pairs', () => {
    expect(isWellFormedText('a\u{10FFFF}b')).toBe(true);
    expect(isWellFormedText('a\uD800')).toBe(false);
    expect(isWellFormedText('\uDFFF\uD800')).toBe(false);
  });
});

describe('nameSchema', () => {
  it('trims, then refuses with the bilingual message as a parameter', () => {
    expect(nameSchema(20).parse('  Styregruppe ')).toBe('Styregruppe');
    const result = nameSchema(20).safeParse('Styre\u202Egruppe');
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.message).toBe(NAME_MESSAGES.bidi.en);
    expect((issue as { params?: unknown }).params).toEqual({ text: NAME_MESSAGES.bidi });
  });

  it('allows the empty string only when asked to', () => {
    expect(nameSchema(20).safeParse('  ').success).toBe(false);
    expect(nameSchema(20, { allowEmpty: true }).parse('  ')).toBe('');
    expect(nameSchema(20, { allowEmpty: true }).safeParse('\u0000').success).toBe(false);
  });
});
