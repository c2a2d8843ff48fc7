/** Entity properties (issue and project share Jira's semantics): list, get, put (raw JSON ≤ 32,768), delete. */
import { type Ctx, noContent, ok } from '../context';
import { fail } from '../errors';
import type { PropertyEntity } from '../store';
import type { JiraResponse } from '../types';

export const MAX_PROPERTY_LENGTH = 32768;
const MAX_KEY_LENGTH = 255;

export interface PropertyTarget {
  entity: PropertyEntity;
  id: string;
  /** The entity's REST URL, under which `…/properties/{key}` lives. */
  self: string;
}

const propertyNotFound = (key: string) => `The property with key '${key}' does not exist.`;

export function listProperties(ctx: Ctx, t: PropertyTarget): JiraResponse {
  const keys = ctx.store
    .listProperties(t.entity, t.id)
    .map(({ key }) => ({ key, self: `${t.self}/properties/${encodeURIComponent(key)}` }));
  return ok({ keys });
}

export function getProperty(ctx: Ctx, t: PropertyTarget, key: string): JiraResponse {
  const p = ctx.store.getProperty(t.entity, t.id, key);
  if (!p) fail(404, propertyNotFound(key));
  return ok({ key, value: p.value });
}

/** Checks a property key and raw JSON value as Jira does; returns the JSON to store. */
export function validatePropertyValue(key: string, raw: string | null | undefined): string {
  if (!key.trim()) fail(400, 'The property key cannot be empty.');
  if (key.length > MAX_KEY_LENGTH)
    fail(400, `The property key cannot be longer than ${MAX_KEY_LENGTH} characters.`);
  const text = (raw ?? '').trim();
  if (!text) fail(400, 'The property value cannot be empty.');
  if (text.length > MAX_PROPERTY_LENGTH) {
    fail(400, `The property value is too long. The maximum length is ${MAX_PROPERTY_LENGTH} characters.`);
  }
  try {
    JSON.parse(text);
  } catch {
    fail(400, 'The property value must be a valid JSON.');
  }
  return text;
}

export function putProperty(ctx: Ctx, t: PropertyTarget, key: string): JiraResponse {
  const value = validatePropertyValue(key, ctx.rawBody);
  const created = ctx.store.setProperty(t.entity, t.id, key, value);
  // Jira answers with an empty body here.
  return { status: created ? 201 : 200, headers: {} };
}

export function deleteProperty(ctx: Ctx, t: PropertyTarget, key: string): JiraResponse {
  if (!ctx.store.deleteProperty(t.entity, t.id, key)) fail(404, propertyNotFound(key));
  return noContent();
}
