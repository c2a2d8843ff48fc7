import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { PAGE_SIZE } from './model';

// The overview tab's controls; the other tabs' sections (PortfolioSections) load when first opened.

/** The search box: name or project key. */
export function PortfolioSearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <div style={{ maxWidth: 320 }}>
      <Field id="portfolio-search" label={t('portfolio.search.label')}>
        <Textfield
          id="portfolio-search"
          testId="portfolio-search"
          type="search"
          value={value}
          placeholder={t('portfolio.search.placeholder')}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      </Field>
    </div>
  );
}

/** Page n of the rows, with previous/next buttons: a long portfolio renders 25 rows at a time. */
export function Pager({
  page,
  total,
  onPage,
}: {
  page: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const current = Math.min(page, pages);
  return (
    <nav
      aria-label={t('portfolio.pager.label')}
      style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}
    >
      <Button isDisabled={current <= 1} onClick={() => onPage(current - 1)} testId="portfolio-page-previous">
        {t('portfolio.pager.previous')}
      </Button>
      <span role="status" data-testid="portfolio-page">
        {t('portfolio.pager.page', { page: current, pages })}
      </span>
      <Button isDisabled={current >= pages} onClick={() => onPage(current + 1)} testId="portfolio-page-next">
        {t('portfolio.pager.next')}
      </Button>
    </nav>
  );
}

export function pageOf<T>(rows: readonly T[], page: number): T[] {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  return rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
}
