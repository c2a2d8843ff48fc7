/** The acceptance criteria a supplier reads from a story's description (Jira's ADF), as plain lines. */

interface AdfNode {
  type?: string;
  text?: string;
  content?: AdfNode[];
}

/** The description as plain text: paragraphs and list items on their own lines, list items as "- …". */
export function adfText(doc: unknown): string {
  const lines: string[] = [];
  const walk = (node: AdfNode, prefix: string): void => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      lines.push(prefix + inline(node));
      return;
    }
    for (const child of Array.isArray(node.content) ? node.content : []) {
      walk(child, node.type === 'listItem' ? '- ' : prefix);
    }
  };
  const inline = (node: AdfNode): string =>
    (Array.isArray(node.content) ? node.content : [])
      .map((c) => (c.type === 'text' ? (c.text ?? '') : c.type === 'hardBreak' ? '\n' : inline(c)))
      .join('');
  if (typeof doc === 'string') return doc;
  walk(doc as AdfNode, '');
  return lines.join('\n');
}

const HEADINGS = /^(acceptkriterier|acceptance criteria)\s*:?\s*$/i;

/** The "Acceptkriterier:" list of a description (Danish or English heading); empty when it has none. */
export function acceptanceCriteria(description: unknown): string[] {
  const lines = adfText(description)
    .split('\n')
    .map((l) => l.trim());
  const start = lines.findIndex((l) => HEADINGS.test(l));
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === '') {
      if (out.length > 0) break;
      continue;
    }
    if (!/^[-*•]\s+/.test(line)) break;
    out.push(line.replace(/^[-*•]\s+/, ''));
  }
  return out.slice(0, 30);
}
