import type { DocumentKind, ExportedDocument, ImportKind } from '../../../../src/contract';

/** The most the server reads in one import (the contract's `content` limit, in characters). */
export const MAX_IMPORT_CHARS = 400_000;
/** The same limit for a chosen file, in bytes (400 KB), checked before the file is even read. */
export const MAX_IMPORT_BYTES = 400_000;
export const ACCEPTED_EXTENSIONS = ['.json', '.md', '.markdown', '.txt'] as const;

export const EXPORT_KINDS: readonly { kind: DocumentKind; key: string }[] = [
  { kind: 'self-assessment-json', key: 'selfAssessmentJson' },
  { kind: 'governance-report', key: 'governanceReport' },
  { kind: 'evaluation-report', key: 'evaluationReport' },
  { kind: 'decision-log', key: 'decisionLog' },
];

export const IMPORT_KIND_KEYS: Record<ImportKind, string> = {
  'self-assessment': 'selfAssessment',
  'evaluation-report': 'evaluationReport',
};

/** Saves text as a file through the browser (the module iframe's sandbox allows downloads). */
export function downloadDocument(doc: ExportedDocument): void {
  const blob = new Blob([doc.content], { type: `${doc.mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = doc.fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the URL after click() returns; give them time before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The file's extension in lower case (".md"), or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Sizes as OS2's limit is written: whole kilobytes, at least 1. */
export const kilobytes = (bytes: number): number => Math.max(1, Math.ceil(bytes / 1000));

export type FileProblem =
  | { kind: 'wrong-type'; name: string }
  | { kind: 'too-large'; name: string; size: number }
  | { kind: 'empty'; name: string };

/** What makes a chosen file unusable, before it is read or sent (files without an extension pass). */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  const ext = extensionOf(file.name);
  if (ext && !(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return { kind: 'wrong-type', name: file.name };
  }
  if (file.size > MAX_IMPORT_BYTES) return { kind: 'too-large', name: file.name, size: file.size };
  if (file.size === 0) return { kind: 'empty', name: file.name };
  return null;
}
