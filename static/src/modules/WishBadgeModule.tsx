import { events } from '@forge/bridge';
import { useEffect } from 'react';
import { LazyErrorMessage } from '../components/LazyErrorMessage';
import { Loading } from '../components/Loading';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';
import { useResolver } from '../lib/use-resolver';
import { WISH_CHANGED_EVENT } from '../lib/wish-status';
import { ScoreText, WishStatusLozenge } from './wishes/WishStatusLozenge';

/** The jira:issueContext badge: the wish's status and priority score at a glance. */
export default function WishBadgeModule({ context }: { context: ModuleContext }) {
  const { t } = useI18n();
  const { value, reload } = useResolver('getWishBadge', {});

  // The panel on the same issue says when it changed the wish.
  useEffect(() => {
    const subscription = events.on(WISH_CHANGED_EVENT, (payload?: { issueId?: string }) => {
      if (!payload?.issueId || payload.issueId === context.extension.issue?.id) void reload();
    });
    return () => {
      void subscription.then((s) => s.unsubscribe());
    };
  }, [reload, context.extension.issue?.id]);

  if (value.state === 'loading') return <Loading />;
  if (value.state === 'error') return <LazyErrorMessage error={value.error} onRetry={() => void reload()} />;
  const badge = value.data;
  return (
    <main data-module={context.moduleKey} data-testid="wish-badge" style={{ padding: 8 }}>
      {!badge.isWish ? (
        <p style={{ margin: 0 }}>{t('wish.badge.notAWish')}</p>
      ) : (
        <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px', margin: 0 }}>
          <dt>{t('wish.badge.status')}</dt>
          <dd style={{ margin: 0 }}>
            <WishStatusLozenge status={badge.status ?? 'received'} />
          </dd>
          <dt>{t('wish.badge.score')}</dt>
          <dd style={{ margin: 0 }} data-testid="wish-badge-score">
            {badge.score === null ? t('wish.badge.noScore') : <ScoreText score={badge.score} />}
          </dd>
        </dl>
      )}
    </main>
  );
}
