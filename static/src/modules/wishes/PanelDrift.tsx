import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useState } from 'react';
import type { WishStatus } from '../../../../src/domain/wish';
import { needsReason } from '../../../../src/domain/wish/vocabulary';
import { SingleChoice } from '../../components/LazyChoice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { fieldMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { statusLabel } from '../../lib/wishes';
import { formBox, subtle, useWishPanel, useWishWrite } from './panel-context';
import { ReasonField } from './ReasonField';

type Pending = 'jira' | 'wish' | null;

/**
 * The Jira status beside the wish status and, when the product's mapping says they disagree, the
 * two ways to bring them into step, each confirmed first.
 */
export function PanelDrift() {
  const { t, text } = useI18n();
  const { view, reload } = useWishPanel();
  const { wish, drift, jira, capabilities: can } = view;
  const [pending, setPending] = useState<Pending>(null);
  const [to, setTo] = useState<WishStatus | null>(drift?.matchingStatuses[0] ?? null);
  const [reason, setReason] = useState('');
  const moveJira = useWishWrite(() => call('syncJiraStatus', { basedOn: wish.statusChangedAt }));
  const setWish = useWishWrite(() =>
    call('transitionWish', {
      to: to!,
      reason: reason.trim(),
      duplicateOf: '',
      basedOn: wish.statusChangedAt,
    }),
  );
  const category = (c: string) => t(`wish.jiraCategory.${c}`);
  const id = 'os2-wish-drift';
  const reasonNeeded = to !== null && needsReason(wish.status, to);
  const reasonError = fieldMessage(setWish.error, 'statusReason', text);
  const done = () => {
    setPending(null);
    setReason('');
  };

  return (
    <Stack space="space.100">
      <span style={subtle} data-testid="wish-jira-status">
        {t('wish.drift.jira', { status: jira.status || category(jira.category) })}
      </span>
      {drift && (
        <SectionMessage appearance="warning" title={t('wish.drift.heading')} testId="wish-drift-message">
          <Stack space="space.100">
            <p style={{ margin: 0 }}>
              {t('wish.drift.body', {
                wishStatus: statusLabel(t, wish.status),
                expected: category(drift.expected),
                jiraStatus: jira.status,
                actual: category(drift.actual),
              })}
            </p>
            {!can.canTransition && <p style={{ ...subtle, margin: 0 }}>{t('wish.drift.who')}</p>}
            {can.canTransition && pending === null && (
              <Inline space="space.100" shouldWrap>
                <Button onClick={() => setPending('jira')} testId="wish-drift-move-jira">
                  {t('wish.drift.moveJira')}
                </Button>
                <Button
                  onClick={() => {
                    setTo(drift.matchingStatuses[0] ?? null);
                    setPending('wish');
                  }}
                  isDisabled={drift.matchingStatuses.length === 0}
                  testId="wish-drift-set-wish"
                >
                  {t('wish.drift.setWish')}
                </Button>
              </Inline>
            )}
            {can.canTransition && pending === null && drift.matchingStatuses.length === 0 && (
              <p style={{ ...subtle, margin: 0 }}>{t('wish.drift.noWishMove')}</p>
            )}
            {pending === 'jira' && (
              <div style={formBox} role="group" aria-labelledby={`${id}-jira-confirm`}>
                <p id={`${id}-jira-confirm`} style={{ margin: 0 }}>
                  {t('wish.drift.moveJiraConfirm', { expected: category(drift.expected) })}
                </p>
                <Inline space="space.100">
                  <Button
                    appearance="primary"
                    autoFocus
                    isLoading={moveJira.pending}
                    onClick={async () => {
                      if (await moveJira.run()) done();
                    }}
                    testId="wish-drift-confirm"
                  >
                    {t('wish.drift.confirm')}
                  </Button>
                  <Button onClick={done}>{t('wish.drift.cancel')}</Button>
                </Inline>
              </div>
            )}
            {pending === 'wish' && (
              <form
                noValidate
                style={formBox}
                aria-labelledby={`${id}-wish-confirm`}
                onSubmit={async (e) => {
                  e.preventDefault();
                  if (to && (await setWish.run())) done();
                }}
              >
                <p id={`${id}-wish-confirm`} style={{ margin: 0 }}>
                  {t('wish.drift.setWishConfirm', { from: statusLabel(t, wish.status) })}
                </p>
                <Field id={`${id}-to`} label={t('wish.drift.matchingStatus')} required>
                  <SingleChoice<WishStatus>
                    id={`${id}-to`}
                    options={drift.matchingStatuses.map((s) => ({ value: s, label: statusLabel(t, s) }))}
                    value={to}
                    onChange={setTo}
                    testId="wish-drift-status"
                  />
                </Field>
                {reasonNeeded && (
                  <ReasonField
                    id={`${id}-reason`}
                    label={t('wish.statusSection.reason')}
                    help={t('wish.statusSection.reasonRequired')}
                    error={reasonError}
                    required
                    value={reason}
                    onChange={setReason}
                    testId="wish-drift-reason"
                  />
                )}
                <Inline space="space.100">
                  <Button
                    type="submit"
                    appearance="primary"
                    isLoading={setWish.pending}
                    testId="wish-drift-confirm"
                  >
                    {t('wish.drift.confirm')}
                  </Button>
                  <Button onClick={done}>{t('wish.drift.cancel')}</Button>
                </Inline>
              </form>
            )}
            {(moveJira.error ?? setWish.error) && (
              <div role="alert" data-testid="wish-drift-error">
                <ErrorMessage error={(moveJira.error ?? setWish.error)!} onReload={() => void reload()} />
              </div>
            )}
          </Stack>
        </SectionMessage>
      )}
    </Stack>
  );
}
