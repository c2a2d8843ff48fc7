import { Checkbox } from '@atlaskit/checkbox';
import { token } from '@atlaskit/tokens';
import { SingleChoice, type ChoiceOption } from '../../components/Choice';
import { Field } from '../../components/Field';
import { LEVELS, levelName } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { NO_FILTERS, type PortfolioFilters } from './model';

/** Level and "only evaluations overdue or due soon", with how many products they leave. */
export function PortfolioFiltersBar({
  value,
  onChange,
  shown,
  total,
}: {
  value: PortfolioFilters;
  onChange: (value: PortfolioFilters) => void;
  shown: number;
  total: number;
}) {
  const { t } = useI18n();
  const options: ChoiceOption<PortfolioFilters['level']>[] = [
    { value: 'all', label: t('portfolio.filters.allLevels') },
    ...LEVELS.map((level) => ({ value: level, label: levelName(t, level) })),
    { value: 'none', label: t('portfolio.totals.none') },
  ];
  return (
    <div
      role="group"
      aria-label={t('portfolio.filters.label')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200'), alignItems: 'end' }}
    >
      <div style={{ minWidth: 200 }}>
        <Field id="portfolio-filter-level" label={t('portfolio.filters.level')}>
          <SingleChoice
            id="portfolio-filter-level"
            testId="portfolio-filter-level"
            options={options}
            value={value.level}
            onChange={(level) => onChange({ ...value, level: level ?? NO_FILTERS.level })}
          />
        </Field>
      </div>
      <Checkbox
        label={t('portfolio.filters.dueOnly')}
        isChecked={value.dueOnly}
        onChange={(e) => onChange({ ...value, dueOnly: e.target.checked })}
        testId="portfolio-filter-due"
      />
      <span role="status" style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
        {t('portfolio.filters.shown', { shown, total })}
      </span>
    </div>
  );
}
