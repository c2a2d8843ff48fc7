import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import { Inline } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useRef, useState } from 'react';
import type { WishViewsView } from '../../../../src/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { newEntryId } from '../../lib/wishes';
import { canonicalWishViewQuery } from './list-state';

type SavedView = WishViewsView['views'][number];

/**
 * The product's saved views: a button per view applies it (pressed while the list shows it); the
 * coordination group and the secretariat save the current view under a name and delete one after
 * confirming.
 */
export function SavedViews({
  initial,
  query,
  onApply,
}: {
  initial: WishViewsView;
  /** The list's current view as a query (its own parameters only). */
  query: string;
  onApply: (query: string) => void;
}) {
  const { t } = useI18n();
  const [state, setState] = useState(initial);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [missingName, setMissingName] = useState(false);
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const saveId = useRef(newEntryId());
  const save = useAction((n: string) =>
    call('saveWishView', { id: saveId.current, name: n, query, expectedVersion: state.version }),
  );
  const remove = useAction((v: SavedView) =>
    call('deleteWishView', { id: v.id, expectedVersion: state.version }),
  );
  const current = canonicalWishViewQuery(query);
  const active = state.views.find((v) => v.query === current) ?? null;

  const submit = async () => {
    if (name.trim() === '') {
      setMissingName(true);
      return;
    }
    const next = await save.run(name.trim());
    if (!next) return;
    setState(next);
    setNaming(false);
    setName('');
    saveId.current = newEntryId();
  };

  return (
    <section aria-labelledby="wish-views-heading" data-testid="wish-views">
      <h2
        id="wish-views-heading"
        style={{ font: token('font.heading.xxsmall'), margin: `0 0 ${token('space.075')}` }}
      >
        {t('wish.views.heading')}
      </h2>
      <Inline space="space.100" shouldWrap alignBlock="center">
        {state.views.length === 0 && (
          <span style={{ color: token('color.text.subtle') }}>{t('wish.views.none')}</span>
        )}
        {state.views.map((v) => (
          <Inline key={v.id} space="space.025" alignBlock="center">
            <Button
              appearance={active?.id === v.id ? 'primary' : 'default'}
              aria-pressed={active?.id === v.id}
              onClick={() => onApply(v.query)}
              testId={`wish-view-${v.name}`}
            >
              {v.name}
            </Button>
            {state.canManage && (
              <Button
                appearance="subtle"
                onClick={() => setDeleting(v)}
                aria-label={t('wish.views.deleteLabel', { name: v.name })}
                testId={`wish-view-delete-${v.name}`}
              >
                ×
              </Button>
            )}
          </Inline>
        ))}
        {state.canManage && !naming && (
          <Button onClick={() => setNaming(true)} testId="wish-view-save-open">
            {t('wish.views.save')}
          </Button>
        )}
      </Inline>
      {naming && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          style={{ marginBlockStart: token('space.100') }}
        >
          <Inline space="space.100" alignBlock="end" shouldWrap>
            <Field
              id="wish-view-name"
              label={t('wish.views.name')}
              help={active ? t('wish.views.sameAs', { name: active.name }) : t('wish.views.nameHelp')}
              error={missingName ? t('wish.views.nameRequired') : undefined}
              required
            >
              <TextField
                id="wish-view-name"
                testId="wish-view-name"
                value={name}
                maxLength={60}
                autoFocus
                isInvalid={missingName}
                aria-describedby={missingName ? 'wish-view-name-error' : 'wish-view-name-help'}
                onChange={(e) => {
                  setName(e.currentTarget.value);
                  setMissingName(false);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setNaming(false);
                }}
              />
            </Field>
            <Button type="submit" appearance="primary" isLoading={save.pending} testId="wish-view-save">
              {t('wish.views.saveConfirm')}
            </Button>
            <Button onClick={() => setNaming(false)}>{t('wishIntake.cancel')}</Button>
          </Inline>
        </form>
      )}
      {save.error && <ErrorMessage error={save.error} onRetry={() => void submit()} />}
      {remove.error && <ErrorMessage error={remove.error} />}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('wish.views.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('wish.views.deleteConfirm')}
        appearance="danger"
        pending={remove.pending}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          const next = await remove.run(deleting);
          setDeleting(null);
          if (next) setState(next);
        }}
      >
        <p>{t('wish.views.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
