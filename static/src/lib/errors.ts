import type { LocalText } from '../../../src/domain/catalogue/types';
import { RpcFailure } from './rpc';

/** One problem named in an error's details: a schema issue (`path`) or a domain rule (`field`). */
export interface ErrorDetail {
  field: string;
  message: string | LocalText;
}

/** The per-field problems a resolver reported, e.g. `[{field: 'explanation', message: {da, en}}]`. */
export function errorDetails(error: Error | null | undefined): ErrorDetail[] {
  if (!(error instanceof RpcFailure) || !Array.isArray(error.error.details)) return [];
  return (error.error.details as unknown[]).flatMap((raw): ErrorDetail[] => {
    if (!raw || typeof raw !== 'object') return [];
    const d = raw as { path?: unknown; field?: unknown; message?: unknown };
    const field = typeof d.field === 'string' ? d.field : typeof d.path === 'string' ? d.path : '';
    const message = d.message;
    if (typeof message === 'string') return [{ field, message }];
    if (message && typeof message === 'object' && 'da' in message && 'en' in message) {
      return [{ field, message: message as LocalText }];
    }
    return [];
  });
}

/** The first problem the error names for a field (or one of its items, `links.2`). */
export function fieldDetail(error: Error | null | undefined, field: string): ErrorDetail | undefined {
  return errorDetails(error).find((d) => d.field === field || d.field.startsWith(`${field}.`));
}

/** The first message the error gives for a field, in the caller's language. */
export function fieldMessage(
  error: Error | null | undefined,
  field: string,
  text: (value: LocalText) => string,
): string | undefined {
  const detail = fieldDetail(error, field);
  if (!detail) return undefined;
  return typeof detail.message === 'string' ? detail.message : text(detail.message);
}
