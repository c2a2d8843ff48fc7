import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { RequirementRow } from '../../../../src/contract';
import type { Light } from '../../../../src/domain/assessment';
import type { Level, Theme } from '../../../../src/domain/catalogue/types';
import { SingleChoice, type ChoiceOption } from '../../components/Choice';
import { Field } from '../../components/Field';
import { LightIcon } from '../../components/LightIndicator';
import {
  choiceLabel,
  KNOWN_STATUSES,
  LEVELS,
  lightLabel,
  LIGHTS,
  statusChoice,
  THEMES,
  type StatusChoice,
} from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { isOutstandingForTarget, useLevelLabel } from './context';

const ALL = 'all';
type All = typeof ALL;

export interface Filters {
  level: Level | All;
  theme: Theme | All;
  status: StatusChoice | All;
  light: Light | All;
  outstandingOnly: boolean;
}

export const NO_FILTERS: Filters = {
  level: ALL,
  theme: ALL,
  status: ALL,
  light: ALL,
  outstandingOnly: false,
};

export function applyFilters(rows: RequirementRow[], f: Filters): RequirementRow[] {
  return rows.filter(
    (r) =>
      (f.level === ALL || r.level === f.level) &&
      (f.theme === ALL || r.theme === f.theme) &&
      (f.status === ALL || statusChoice(r.status) === f.status) &&
      (f.light === ALL || r.light === f.light) &&
      (!f.outstandingOnly || isOutstandingForTarget(r)),
  );
}

/** A tab's filter state, starting with none set. */
export const useRequirementFilters = () => useState<Filters>(NO_FILTERS);

const isReset = (f: Filters) =>
  (Object.keys(NO_FILTERS) as (keyof Filters)[]).every((key) => f[key] === NO_FILTERS[key]);

/**
 * Clears the filters and moves focus to the first one: the reset button that had focus disappears
 * with the filters, and focus must not fall back to the top of the page.
 */
export function resetFilters(idPrefix: string, onChange: (value: Filters) => void): void {
  onChange(NO_FILTERS);
  document.getElementById(`${idPrefix}-level`)?.focus();
}

/** Level, theme, status, light and "outstanding only" (for the target level), and a reset. */
export function RequirementFilters({
  idPrefix,
  value,
  onChange,
  shown,
  total,
}: {
  idPrefix: string;
  value: Filters;
  onChange: (value: Filters) => void;
  shown: number;
  total: number;
}) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  const all: ChoiceOption<All> = { value: ALL, label: t('governance.filters.all') };
  const set = <K extends keyof Filters>(key: K, v: Filters[K] | null) =>
    onChange({ ...value, [key]: v ?? NO_FILTERS[key] });

  return (
    <div role="group" aria-label={t('governance.filters.label')}>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
          gap: token('space.150'),
          alignItems: 'end',
        }}
      >
        <Field id={`${idPrefix}-level`} label={t('governance.filters.level')}>
          <SingleChoice<Level | All>
            id={`${idPrefix}-level`}
            options={[all, ...LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))]}
            value={value.level}
            onChange={(v) => set('level', v)}
          />
        </Field>
        <Field id={`${idPrefix}-theme`} label={t('governance.filters.theme')}>
          <SingleChoice<Theme | All>
            id={`${idPrefix}-theme`}
            options={[all, ...THEMES.map((th) => ({ value: th, label: t(`themes.${th}`) }))]}
            value={value.theme}
            onChange={(v) => set('theme', v)}
          />
        </Field>
        <Field id={`${idPrefix}-status`} label={t('governance.filters.status')}>
          <SingleChoice<StatusChoice | All>
            id={`${idPrefix}-status`}
            options={[
              all,
              ...[...KNOWN_STATUSES, 'unanswered' as const, 'other' as const].map((s) => ({
                value: s,
                label: s === 'other' ? t('governance.filters.otherStatus') : choiceLabel(t, s),
              })),
            ]}
            value={value.status}
            onChange={(v) => set('status', v)}
          />
        </Field>
        <Field id={`${idPrefix}-light`} label={t('governance.filters.light')}>
          <SingleChoice<Light | All>
            id={`${idPrefix}-light`}
            options={[
              all,
              ...LIGHTS.map((l) => ({ value: l, label: lightLabel(t, l), icon: <LightIcon light={l} /> })),
            ]}
            value={value.light}
            onChange={(v) => set('light', v)}
          />
        </Field>
        <div style={{ paddingBlockEnd: token('space.050') }}>
          <Checkbox
            id={`${idPrefix}-outstanding`}
            label={t('governance.filters.outstandingOnly')}
            isChecked={value.outstandingOnly}
            onChange={(e) => set('outstandingOnly', e.target.checked)}
          />
        </div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }}>
        <p role="status" style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
          {t('governance.filters.shown', { shown, total })}
        </p>
        {!isReset(value) && (
          <Button appearance="subtle" spacing="compact" onClick={() => resetFilters(idPrefix, onChange)}>
            {t('governance.filters.reset')}
          </Button>
        )}
      </div>
    </div>
  );
}
