/** Atlassian Document Format: validation, plain-text conversion both ways, and a minimal HTML rendering. */
import type { AdfDoc } from './types';

export function isAdfDoc(value: unknown): value is AdfDoc {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return v.type === 'doc' && v.version === 1 && Array.isArray(v.content);
}

/** Paragraphs from blank-line separated text; single newlines become hard breaks. */
export function adfFromText(text: string): AdfDoc {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({
      type: 'paragraph',
      content: p
        .split('\n')
        .flatMap((line, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), { type: 'text', text: line }]),
    })),
  };
}

type Node = { type?: unknown; text?: unknown; content?: unknown; attrs?: Record<string, unknown> };

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote', 'panel', 'tableCell']);

/** The document's text, blocks separated by newlines; what `~` searches. */
export function adfToText(doc: unknown): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (typeof n.text === 'string') out.push(n.text);
    if (n.type === 'hardBreak') out.push('\n');
    if (n.type === 'mention' && typeof n.attrs?.text === 'string') out.push(n.attrs.text);
    if (Array.isArray(n.content)) for (const c of n.content) walk(c as Node);
    if (BLOCKS.has(String(n.type))) out.push('\n');
  };
  if (doc && typeof doc === 'object') walk(doc as Node);
  return out.join('').trim();
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Enough HTML for `expand=renderedFields`: paragraphs, breaks, headings and lists. */
export function adfToHtml(doc: unknown): string {
  const render = (n: Node): string => {
    const inner = Array.isArray(n.content) ? n.content.map((c) => render(c as Node)).join('') : '';
    switch (n.type) {
      case 'text':
        return escapeHtml(String(n.text ?? ''));
      case 'hardBreak':
        return '<br/>';
      case 'paragraph':
        return `<p>${inner}</p>`;
      case 'heading':
        return `<h${Number(n.attrs?.level ?? 1)}>${inner}</h${Number(n.attrs?.level ?? 1)}>`;
      case 'bulletList':
        return `<ul>${inner}</ul>`;
      case 'orderedList':
        return `<ol>${inner}</ol>`;
      case 'listItem':
        return `<li>${inner}</li>`;
      default:
        return inner;
    }
  };
  return doc && typeof doc === 'object' ? render(doc as Node) : '';
}
