import { Checkbox } from '@atlaskit/checkbox';
import { token } from '@atlaskit/tokens';
import type { WishRow } from '../../../../src/contract';
import { IssueLink } from '../../components/Links';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useI18n } from '../../lib/i18n';
import { statusLabel, WISH_STATUSES } from '../../lib/wishes';
import { ScoreText } from './WishStatusLozenge';

/** One column per status, cards by score; the same selection as the list feeds bulk triage. */
export function WishBoard({
  rows,
  selected,
  onSelect,
  canTriage,
}: {
  rows: WishRow[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  canTriage: boolean;
}) {
  const { t } = useI18n();
  return (
    <div
      data-testid="wish-board"
      style={{
        display: 'flex',
        gap: token('space.150'),
        overflowX: 'auto',
        paddingBlockEnd: token('space.100'),
      }}
    >
      {WISH_STATUSES.map((status) => {
        const cards = rows.filter((r) => r.status === status).sort((a, b) => b.score - a.score);
        const headingId = `wish-board-${status}`;
        return (
          <section
            key={status}
            aria-labelledby={headingId}
            style={{
              flex: '0 0 13rem',
              background: token('elevation.surface.sunken'),
              borderRadius: token('radius.medium'),
              padding: token('space.100'),
            }}
          >
            <h3
              id={headingId}
              style={{ font: token('font.heading.xsmall'), margin: `0 0 ${token('space.100')}` }}
            >
              {statusLabel(t, status)}{' '}
              <span style={{ color: token('color.text.subtlest') }}>({cards.length})</span>
            </h3>
            <ul
              style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}
            >
              {cards.map((r) => (
                <li
                  key={r.id}
                  data-testid={`wish-card-${r.key}`}
                  style={{
                    background: token('elevation.surface.raised'),
                    boxShadow: token('elevation.shadow.raised'),
                    borderRadius: token('radius.small'),
                    padding: token('space.100'),
                    display: 'grid',
                    gap: token('space.050'),
                  }}
                >
                  <div style={{ display: 'flex', justifyContent: 'space-between', gap: token('space.050') }}>
                    <IssueLink issueKey={r.key} />
                    <span title={t('wish.list.score')}>
                      <VisuallyHidden>{t('wish.list.score')} </VisuallyHidden>
                      <ScoreText score={r.score} />
                    </span>
                  </div>
                  <span style={{ font: token('font.body.small') }}>{r.summary}</span>
                  <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
                    {t('wish.board.organisations', { count: r.organisationCount })}
                  </span>
                  {canTriage && (
                    <Checkbox
                      label={t('wish.list.select', { key: r.key })}
                      isChecked={selected.has(r.id)}
                      onChange={(e) => onSelect([r.id], e.target.checked)}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
