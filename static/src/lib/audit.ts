/**
 * The audit log as rows of text: one row per changed field, exactly what the table shows and the
 * CSV export writes (so the CSV parses back to the rows shown).
 */
import type { AuditEntryView } from '../../../src/contract';
import type { Level } from '../../../src/domain/catalogue/types';
import { DECIDERS, DECISION_KINDS, LIGHTS, deciderLabel, decisionKindLabel, lightLabel } from './governance';
import type { Translate } from './i18n';

interface Texts {
  t: Translate;
  text: (value: { da: string; en: string }) => string;
  locale: string;
}

/** Locale keys of the columns, in order. */
export const AUDIT_CSV_COLUMNS = [
  'record.audit.when',
  'record.audit.who',
  'record.audit.action',
  'record.audit.target',
  'record.audit.field',
  'record.audit.before',
  'record.audit.after',
] as const;

/** A translated label for a machine name, or the name itself when there is none. */
export function labelOr(t: Translate, keys: string[], fallback: string): string {
  for (const key of keys) {
    const label = t(key);
    if (label !== key) return label;
  }
  return fallback;
}

export const actionLabel = (t: Translate, action: string) => {
  const key = action.replace(/\./g, '-');
  return labelOr(t, [`record.actions.${key}`, `audit.actions.${key}`], action);
};

export const fieldLabel = (t: Translate, field: string) => labelOr(t, [`record.fields.${field}`], field);

/** Values of the app's own vocabularies (lights, decision kinds, deciders, levels) in words. */
function valueText(t: Translate, field: string, value: string, levelLabel: (l: Level) => string): string {
  if (value === '') return t('record.audit.empty');
  if (field === 'light' && (LIGHTS as readonly string[]).includes(value)) {
    return lightLabel(t, value as (typeof LIGHTS)[number]);
  }
  if (field === 'kind' && (DECISION_KINDS as readonly string[]).includes(value)) {
    return decisionKindLabel(t, value as (typeof DECISION_KINDS)[number]);
  }
  if (field === 'decidedBy' && (DECIDERS as readonly string[]).includes(value)) {
    return deciderLabel(t, value as (typeof DECIDERS)[number]);
  }
  if ((field === 'resultingLevel' || field === 'targetLevel') && /^(sandkasse|[123])$/.test(value)) {
    return levelLabel(value as Level);
  }
  return value;
}

export function auditTableRows(
  entries: readonly AuditEntryView[],
  i18n: Texts,
  options: { levelLabel: (l: Level) => string },
): string[][] {
  const { t, text } = i18n;
  const when = new Intl.DateTimeFormat(i18n.locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  });
  return entries.flatMap((e) => {
    const head = [
      when.format(new Date(e.at)),
      e.actor?.displayName ?? t('audit.unknownActor'),
      actionLabel(t, e.action),
      e.targetLabel
        ? // A requirement keeps its id before its name; a person is named only.
          `${/^[A-Z]{1,4}\d{1,3}$/.test(e.target) ? `${e.target} ` : ''}${text(e.targetLabel)}`
        : labelOr(t, [`record.targets.${e.target}`, `audit.targets.${e.target}`], e.target),
    ];
    if (e.changes.length === 0) return [[...head, '', '', '']];
    return e.changes.map((c) => [
      ...head,
      fieldLabel(t, c.field),
      valueText(t, c.field, c.before, options.levelLabel),
      valueText(t, c.field, c.after, options.levelLabel),
    ]);
  });
}
