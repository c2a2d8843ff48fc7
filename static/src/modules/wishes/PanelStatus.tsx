import Button from '@atlaskit/button/new';
import { Stack } from '@atlaskit/primitives';
import TextField from '@atlaskit/textfield';
import { lazy, Suspense, useState } from 'react';
import type { WishStatus } from '../../../../src/domain/wish';
import { SingleChoice } from '../../components/LazyChoice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { IssueLink } from '../../components/Links';
import { fieldMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { needsReason } from '../../../../src/domain/wish/vocabulary';
import { orderGapsText, statusLabel } from '../../lib/wishes';
import {
  formBox,
  PanelSection,
  subtle,
  useKroner,
  useStamp,
  useWishPanel,
  useWishWrite,
} from './panel-context';
import { ReasonField } from './ReasonField';
import { WishStatusLozenge } from './WishStatusLozenge';

// The Jira status and the drift actions follow the panel's first paint (the panel's budget, see
// scripts/bundle-size.ts).
const PanelDrift = lazy(() => import('./PanelDrift').then((m) => ({ default: m.PanelDrift })));

/** The lifecycle: received → … → delivered; rejection and on-hold need a reason. */
export function PanelStatus() {
  const { t, text } = useI18n();
  const { view, reload } = useWishPanel();
  const stamp = useStamp();
  const kr = useKroner();
  const { wish, capabilities: can } = view;
  const [to, setTo] = useState<WishStatus | null>(null);
  const [reason, setReason] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [override, setOverride] = useState('');
  const readiness = view.orderReadiness;
  const needsOverride = to === 'ordered' && readiness.missing.length > 0;
  const move = useWishWrite(() =>
    call('transitionWish', {
      to: to!,
      reason: reason.trim(),
      duplicateOf: duplicateOf.trim(),
      basedOn: wish.statusChangedAt,
      ...(needsOverride ? { override: override.trim() } : {}),
    }),
  );
  const id = 'os2-wish-status';
  const reasonError = fieldMessage(move.error, 'statusReason', text);
  const duplicateError = fieldMessage(move.error, 'duplicateOf', text);
  const reasonNeeded = to !== null && needsReason(wish.status, to);
  // A refused order without an override is explained at the override field.
  const overrideError = needsOverride ? fieldMessage(move.error, 'status', text) : null;

  return (
    <PanelSection id="wish-status" title={t('wish.statusSection.heading')}>
      <Stack space="space.050">
        <div data-testid="wish-current-status">
          <WishStatusLozenge status={wish.status} />
          {wish.statusChangedAt && (
            <span style={{ ...subtle, marginInlineStart: 8 }}>
              {t('wish.statusSection.changed', { who: stamp(wish.statusChangedBy, wish.statusChangedAt) })}
            </span>
          )}
        </div>
        {wish.statusReason && (
          <p style={{ margin: 0 }}>
            <strong>{t('wish.statusSection.reason')}:</strong> {wish.statusReason}
          </p>
        )}
        {wish.orderOverride && (
          <p style={{ margin: 0 }} data-testid="wish-order-override">
            {t('wish.statusSection.overridden', {
              missing: orderGapsText(t, wish.orderOverride.missing, kr(wish.orderOverride.shortfallDkk)),
              reason: wish.orderOverride.reason,
              who: stamp(wish.orderOverride.by, wish.orderOverride.at),
            })}
          </p>
        )}
        {wish.duplicateOf && (
          <p style={{ margin: 0 }}>
            {t('wish.statusSection.duplicateOfText')} <IssueLink issueKey={wish.duplicateOf} />
          </p>
        )}
        <Suspense fallback={null}>
          <PanelDrift />
        </Suspense>
      </Stack>
      {!can.canTransition && <p style={{ ...subtle, margin: 0 }}>{t('wish.statusSection.who')}</p>}
      {can.canTransition && (
        <form
          noValidate
          style={formBox}
          onSubmit={async (e) => {
            e.preventDefault();
            if (!to) return;
            const next = await move.run();
            if (next) {
              setTo(null);
              setReason('');
              setDuplicateOf('');
              setOverride('');
            }
          }}
        >
          <Field id={`${id}-to`} label={t('wish.statusSection.newStatus')} required>
            <SingleChoice<WishStatus>
              id={`${id}-to`}
              options={view.allowedTransitions.map((s) => ({ value: s, label: statusLabel(t, s) }))}
              value={to}
              onChange={(value) => {
                setTo(value);
                move.clearError();
              }}
              placeholder={t('wish.statusSection.choose')}
              testId="wish-status-select"
            />
          </Field>
          <ReasonField
            id={`${id}-reason`}
            label={t('wish.statusSection.reason')}
            help={
              reasonNeeded ? t('wish.statusSection.reasonRequired') : t('wish.statusSection.reasonOptional')
            }
            error={reasonError}
            required={reasonNeeded}
            value={reason}
            onChange={setReason}
            testId="wish-status-reason"
          />
          {needsOverride && (
            <ReasonField
              id={`${id}-override`}
              label={t('wish.statusSection.override')}
              help={t('wish.statusSection.overrideHelp', {
                missing: orderGapsText(t, readiness.missing, kr(readiness.shortfallDkk)),
              })}
              error={overrideError}
              required
              value={override}
              onChange={setOverride}
              testId="wish-status-override"
            />
          )}
          {to === 'duplicate' && (
            <Field
              id={`${id}-duplicate`}
              label={t('wish.statusSection.duplicateOf')}
              error={duplicateError}
              required
            >
              <TextField
                id={`${id}-duplicate`}
                value={duplicateOf}
                onChange={(e) => setDuplicateOf((e.target as HTMLInputElement).value)}
                placeholder={`${view.project.key}-123`}
                isInvalid={Boolean(duplicateError)}
                aria-describedby={describedBy(`${id}-duplicate`, { error: duplicateError })}
                width={160}
              />
            </Field>
          )}
          {move.error && (
            <div role="alert" data-testid="wish-status-error">
              <ErrorMessage error={move.error} onReload={() => void reload()} />
            </div>
          )}
          <div>
            <Button
              type="submit"
              appearance="primary"
              isDisabled={!to}
              isLoading={move.pending}
              testId="wish-status-save"
            >
              {t('wish.statusSection.save')}
            </Button>
          </div>
        </form>
      )}
    </PanelSection>
  );
}
