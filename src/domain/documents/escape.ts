/**
 * Escaping user text for the documents this module writes, and reading it back. Every function
 * is a single linear pass: no backtracking patterns over user text.
 *
 * The encoding is invertible: `&` is always written `&amp;`, so every character reference in the
 * output is one the writer made, and `decodeEntities` restores the text exactly. What is
 * normalised (and so not restored) is whitespace, as `normaliseCellText` describes.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lbrack: '[',
  rbrack: ']',
  num: '#',
  verbar: '|',
  vert: '|',
  excl: '!',
  period: '.',
  comma: ',',
  semi: ';',
  equals: '=',
  ast: '*',
  lowbar: '_',
  grave: '`',
  tab: '\t',
  newline: '\n',
};

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * Decodes HTML character references: `&#106;`, `&#x6a;` and the named ones above (any case).
 * With `lenient`, also the forms browsers accept without the final `;` (`&#106`, `&colon`), for
 * safety checks; the document readers use the strict form.
 */
export function decodeEntities(text: string, lenient = false): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf('&', i);
    if (amp < 0) break;
    out += text.slice(i, amp);
    let j = amp + 1;
    let decoded: string | null = null;
    if (text[j] === '#') {
      j += 1;
      const hex = text[j] === 'x' || text[j] === 'X';
      if (hex) j += 1;
      const start = j;
      while (
        j < text.length &&
        j - start < 8 &&
        (hex ? isHex(text.charCodeAt(j)) : isAlnum(text.charCodeAt(j)) && text.charCodeAt(j) <= 57)
      )
        j += 1;
      if (j > start && (text[j] === ';' || lenient)) {
        const code = parseInt(text.slice(start, j), hex ? 16 : 10);
        decoded =
          code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
            ? String.fromCodePoint(code)
            : '\uFFFD';
        if (text[j] === ';') j += 1;
      }
    } else {
      const start = j;
      while (j < text.length && j - start < 10 && isAlnum(text.charCodeAt(j))) j += 1;
      const name = text.slice(start, j).toLowerCase();
      if (j > start && Object.hasOwn(NAMED, name) && (text[j] === ';' || lenient)) {
        decoded = NAMED[name];
        if (text[j] === ';') j += 1;
      }
    }
    if (decoded === null) {
      out += '&';
      i = amp + 1;
    } else {
      out += decoded;
      i = j;
    }
  }
  return out + text.slice(i);
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && c.trim() === '';
}

/**
 * The whitespace a table cell cannot keep: line breaks (`\r\n`, `\r`, `\n`) become `\n`, each
 * line loses its leading and trailing whitespace (as `String.prototype.trim` defines it), and the
 * text loses leading and trailing blank lines. Cell-escaping then reading a cell returns exactly
 * `normaliseCellText(text)`.
 */
export function normaliseCellText(text: string): string {
  return text
    .split('\r\n')
    .join('\n')
    .split('\r')
    .join('\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** True when `target` (entities decoded, controls and spaces removed) is an http(s) URL. */
function isHttpTarget(target: string): boolean {
  const t = stripInvisible(decodeEntities(target, true)).toLowerCase();
  return t.startsWith('http://') || t.startsWith('https://');
}

/** Removes controls, whitespace and format characters, which browsers drop inside a URL scheme. */
function stripInvisible(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || ch.trim() === '' || /\p{Cf}/u.test(ch)) continue;
    out += ch;
  }
  return out;
}

/** A link target to write, or null when it is not an http(s) URL. Characters a target cannot hold are percent-encoded. */
export function safeLinkTarget(target: string): string | null {
  const t = target.trim();
  if (!isHttpTarget(t) || decodeEntities(t, true) !== t || stripInvisible(t) !== t) return null;
  let out = '';
  for (const ch of t) {
    if ('()<>|"\'`[]\\'.includes(ch))
      out += `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}

type Context = 'cell' | 'inline' | 'paragraph' | 'heading';

/** Where an inline link `](…)` starting at `i` (the `(`) ends its target; the target text. */
function linkTargetAt(text: string, i: number): string {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j += 1;
  const start = j;
  while (j < text.length && text[j] !== ')' && !isSpace(text[j])) j += 1;
  return text.slice(start, j);
}

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '&#92;',
  '#': '&#35;',
  '`': '&#96;',
  '~': '&#126;',
  '*': '&#42;',
  '-': '&#45;',
  '+': '&#43;',
  _: '&#95;',
  '=': '&#61;',
  ']': '&#93;',
  '.': '&#46;',
  ')': '&#41;',
  '[': '&#91;',
};

/** Index after the leading spaces and tabs of the line starting at `i`. */
function skipIndent(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  return i;
}

/** The line from `i` up to its end consists only of `ch` and spaces (a rule or setext underline). */
function onlyChar(text: string, i: number, ch: string): boolean {
  for (let j = i; j < text.length && text[j] !== '\n'; j += 1) {
    if (text[j] !== ch && text[j] !== ' ' && text[j] !== '\t') return false;
  }
  return true;
}

function escape(text: string, context: Context): string {
  let out = '';
  let lineStart = true;
  for (let i = 0; i < text.length; i += 1) {
    let c = text[i];
    if (c === '\n') {
      out += context === 'paragraph' ? '\n' : context === 'heading' ? ' ' : '<br>';
      lineStart = true;
      continue;
    }
    if (lineStart) {
      const at = skipIndent(text, i);
      out += text.slice(i, at);
      i = at;
      lineStart = false;
      if (i >= text.length) break;
      const d = text[i];
      if (d === '\n') {
        i -= 1;
        continue;
      }
      // The indent is written; the character after it is the one to escape below.
      c = d;
      const next = text[i + 1];
      const marker =
        d === '#' ||
        d === '`' ||
        d === '~' ||
        ('-+*_='.includes(d) && (next === undefined || next === '\n' || isSpace(next))) ||
        ('-*_='.includes(d) && onlyChar(text, i, d));
      if (marker) {
        out += ENTITY[d];
        continue;
      }
      // An ordered-list marker: `1.` or `1)` followed by a space.
      let k = i;
      while (k < text.length && k - i < 10 && text[k] >= '0' && text[k] <= '9') k += 1;
      if (k > i && (text[k] === '.' || text[k] === ')') && (k + 1 >= text.length || isSpace(text[k + 1]))) {
        out += `${text.slice(i, k)}${ENTITY[text[k]]}`;
        i = k;
        continue;
      }
    }
    if (c === '|') out += context === 'cell' ? '\\|' : '&#124;';
    else if (c === '&' || c === '<' || c === '>' || c === '\\') out += ENTITY[c];
    else if (c === '#' && context === 'heading') out += ENTITY[c];
    else if (c === ']' && text[i + 1] === '(' && !isHttpTarget(linkTargetAt(text, i + 1))) out += ENTITY[c];
    else if (c === ']' && (text[i + 1] === ':' || text[i + 1] === '[')) out += ENTITY[c];
    else out += c;
  }
  return out;
}

/** Escapes a leading emphasis marker when the text is wholly wrapped in it (a reader would unwrap it). */
function guardWrapped(text: string, escaped: string): string {
  const first = text[0];
  if (
    (first === '*' || first === '_') &&
    text.length > 1 &&
    text.endsWith(first) &&
    escaped.startsWith(first)
  ) {
    return ENTITY[first] + escaped.slice(1);
  }
  return escaped;
}

/**
 * User text as the content of a markdown table cell: whitespace normalised (`normaliseCellText`),
 * newlines as `<br>`, `|` as `\|`, `&`, `<`, `>` and `\` as character references, line-leading
 * markers (`#`, list markers, fences, rules) and non-http(s) link syntax neutralised.
 * `readCell` reverses it.
 */
export function markdownCell(text: string): string {
  const t = normaliseCellText(text);
  return guardWrapped(t, escape(t, 'cell'));
}

/** Like `markdownCell` for a value outside a table (`- **Produkt:** …`): `|` as `&#124;`. */
export function markdownInline(text: string): string {
  const t = normaliseCellText(text);
  return guardWrapped(t, escape(t, 'inline'));
}

/** Text for a heading line: one line, every `#` and markup character neutralised. */
export function markdownHeading(text: string): string {
  const t = normaliseCellText(text);
  return guardWrapped(t, escape(t, 'heading'));
}

/**
 * User text as paragraphs: lines kept, but no line can start a heading, list, quote, fence,
 * rule or table row (`|` is `&#124;`), and no HTML or non-http(s) link. Trimmed; line breaks
 * become `\n`. `decodeEntities` reverses it.
 */
export function markdownParagraph(text: string): string {
  const t = text.split('\r\n').join('\n').split('\r').join('\n').trim();
  return escape(t, 'paragraph');
}

/** `<br>`, `<br/>`, `<BR />` at `i`: the index after it, or -1. */
function brAt(text: string, i: number): number {
  if (
    text[i] !== '<' ||
    (text[i + 1] !== 'b' && text[i + 1] !== 'B') ||
    (text[i + 2] !== 'r' && text[i + 2] !== 'R')
  ) {
    return -1;
  }
  let j = i + 3;
  while (isSpace(text[j])) j += 1;
  if (text[j] === '/') j += 1;
  return text[j] === '>' ? j + 1 : -1;
}

/** `<br>` (with the whitespace around it) as a newline; the text trimmed. Entities untouched. */
export function breaksToNewlines(text: string): string {
  if (!text.includes('<')) return text.trim();
  const parts: string[] = [];
  let start = 0;
  for (let i = text.indexOf('<'); i >= 0 && i < text.length; i = text.indexOf('<', i)) {
    const end = brAt(text, i);
    if (end < 0) {
      i += 1;
      continue;
    }
    parts.push(text.slice(start, i));
    start = end;
    i = end;
  }
  parts.push(text.slice(start));
  return parts
    .map((p, k) => (k === 0 ? p.trimEnd() : k === parts.length - 1 ? p.trimStart() : p.trim()))
    .join('\n')
    .trim();
}

/** A cell's text as written by `markdownCell` (after the row is split): `<br>` → newline, entities decoded. */
export function readCell(text: string): string {
  return decodeEntities(breaksToNewlines(text));
}

const RESERVED_FILE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file-name slug from a product name: whitespace and reserved characters (`/ \ : * ? " < > |`)
 * as `-`, no controls, format or bidi characters, no leading or trailing dots or dashes, at most
 * 100 characters; `fallback` when nothing is left or the name is reserved on Windows.
 */
export function safeFileName(name: string, fallback = 'produkt'): string {
  let out = '';
  for (const ch of name.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || /[\p{Cf}\p{Co}\p{Cs}]/u.test(ch)) continue;
    if (ch.trim() === '' || '/\\:*?"<>|'.includes(ch)) out += out.endsWith('-') ? '' : '-';
    else out += ch;
  }
  let start = 0;
  let end = out.length;
  while (start < end && (out[start] === '-' || out[start] === '.')) start += 1;
  while (end > start && (out[end - 1] === '-' || out[end - 1] === '.')) end -= 1;
  const slug = [...out.slice(start, end)].slice(0, 100).join('');
  return slug === '' || RESERVED_FILE_NAMES.test(slug) ? fallback : slug;
}

/**
 * Unsafe links in user text, for imports and saves to reject: after decoding character
 * references (leniently, as a browser would), every markdown link target (`[x](…)`, `[x]: …`)
 * and autolink (`<scheme:…>`) that is not http(s), every `javascript:`, `vbscript:`, `data:` or
 * `file:` anywhere, and every raw HTML tag. Returns what it found, in order.
 */
export function findUnsafeLinks(text: string): string[] {
  const t = decodeEntities(text, true);
  const found: string[] = [];
  const lower = t.toLowerCase();
  for (let i = 0; i < t.length; i += 1) {
    const c = t[i];
    if (c === ']' && t[i + 1] === '(') {
      let target = linkTargetAt(t, i + 1);
      i = t.indexOf(target, i + 1) + target.length - 1;
      if (target.startsWith('<')) target = target.slice(1, target.endsWith('>') ? -1 : undefined);
      if (!isHttpTarget(target)) found.push(target);
    } else if (c === ']' && t[i + 1] === ':') {
      let j = i + 2;
      while (isSpace(t[j])) j += 1;
      const start = j;
      while (j < t.length && !isSpace(t[j])) j += 1;
      const target = t.slice(start, j);
      if (!isHttpTarget(target)) found.push(target);
      i = j - 1;
    } else if (c === '<') {
      const next = t[i + 1] ?? '';
      const letter = /[a-z]/i.test(next);
      if (letter || next === '/' || next === '!' || next === '?') {
        let j = i + 1;
        while (j < t.length && j - i < 200 && t[j] !== '>' && t[j] !== '<' && t[j] !== '\n') j += 1;
        const inner = t.slice(i + 1, j);
        const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(inner.slice(0, 40));
        if (scheme && t[j] === '>') {
          if (!isHttpTarget(inner)) found.push(inner);
        } else if (letter || /^[/!?][a-z]/i.test(inner)) {
          found.push(t.slice(i, t[j] === '>' ? j + 1 : j));
        }
        i = j - 1;
      }
    } else if (c === ':' && i > 0) {
      let j = i;
      while (j > 0 && i - j < 12 && /[a-z]/i.test(t[j - 1])) j -= 1;
      const scheme = lower.slice(j, i);
      const before = j > 0 ? t[j - 1] : '';
      if (['javascript', 'vbscript', 'data', 'file'].includes(scheme) && !/[a-z0-9]/i.test(before)) {
        let k = i + 1;
        while (k < t.length && !isSpace(t[k]) && k - i < 200) k += 1;
        found.push(t.slice(j, k));
        i = k - 1;
      }
    }
  }
  return found;
}
