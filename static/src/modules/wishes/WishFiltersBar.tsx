import { Checkbox } from '@atlaskit/checkbox';
import { Inline } from '@atlaskit/primitives';
import TextField from '@atlaskit/textfield';
import type { WishStatus } from '../../../../src/domain/wish';
import { MultiChoice } from '../../components/Choice';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { statusLabel, WISH_STATUSES } from '../../lib/wishes';
import type { WishFilters } from './list-state';

/** Filters shared by the list, the board and the matrix. */
export function WishFiltersBar({
  filters,
  onChange,
}: {
  filters: WishFilters;
  onChange: (f: WishFilters) => void;
}) {
  const { t } = useI18n();
  const id = 'os2-wish-filter';
  return (
    <div role="search" aria-label={t('wish.page.filters')} data-testid="wish-filters">
      <Inline space="space.200" alignBlock="end" shouldWrap>
        <div style={{ minWidth: 260 }}>
          <Field id={`${id}-status`} label={t('wish.page.filterStatus')}>
            <MultiChoice<WishStatus>
              id={`${id}-status`}
              options={WISH_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))}
              value={filters.statuses}
              onChange={(statuses) => onChange({ ...filters, statuses })}
              placeholder={t('wish.page.allStatuses')}
              testId="wish-filter-status"
            />
          </Field>
        </div>
        <Field id={`${id}-text`} label={t('wish.page.filterText')}>
          <TextField
            id={`${id}-text`}
            value={filters.text}
            onChange={(e) => onChange({ ...filters, text: (e.target as HTMLInputElement).value })}
            width={220}
          />
        </Field>
        <Field id={`${id}-orgs`} label={t('wish.page.filterOrganisations')}>
          <TextField
            id={`${id}-orgs`}
            type="number"
            min={0}
            max={200}
            value={String(filters.minOrganisations)}
            onChange={(e) => {
              const n = Number((e.target as HTMLInputElement).value);
              onChange({ ...filters, minOrganisations: Number.isFinite(n) && n > 0 ? Math.floor(n) : 0 });
            }}
            width={90}
          />
        </Field>
        <Checkbox
          label={t('wish.page.filterGap')}
          isChecked={filters.gapOnly}
          onChange={(e) => onChange({ ...filters, gapOnly: e.target.checked })}
        />
        <Checkbox
          label={t('wish.page.filterDone')}
          isChecked={filters.includeDone}
          onChange={(e) => onChange({ ...filters, includeDone: e.target.checked })}
        />
      </Inline>
    </div>
  );
}
