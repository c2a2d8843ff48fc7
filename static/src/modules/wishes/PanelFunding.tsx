import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { PledgeState } from '../../../../src/domain/wish';
import { SingleChoice } from '../../components/LazyChoice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { SimpleTable } from '../../components/SimpleTable';
import { fieldMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { kronerHint, parseKroner, PLEDGE_STATES, pledgeStateLabel } from '../../lib/wishes';
import { AmountField } from './AmountField';
import {
  formBox,
  PanelSection,
  subtle,
  useKroner,
  useStamp,
  useWishPanel,
  useWishWrite,
} from './panel-context';

const confirmBox = {
  display: 'grid',
  gap: token('space.100'),
  padding: token('space.150'),
  border: `1px solid ${token('color.border.danger')}`,
  borderRadius: 4,
  background: token('color.background.danger'),
} as const;

/** Co-funding: each organisation's pledge (indicated, committed, invoiced) against the estimate. */
export function PanelFunding() {
  const { t, text } = useI18n();
  const { view } = useWishPanel();
  const kr = useKroner();
  const stamp = useStamp();
  const { wish, capabilities: can, myOrganisation } = view;
  const [organisation, setOrganisation] = useState<string | null>(
    myOrganisation ?? view.organisations[0] ?? null,
  );
  const existing = wish.pledges.find((p) => p.organisation === organisation);
  const [amount, setAmount] = useState(existing ? String(existing.amountDkk) : '');
  const [state, setState] = useState<PledgeState>(existing?.state ?? 'indicated');
  const [inputError, setInputError] = useState<string | null>(null);
  const pledge = useWishWrite((amountDkk: number, pledgeState: PledgeState, org: string | null) =>
    call('pledgeWish', {
      amountDkk,
      state: pledgeState,
      ...(org && org !== myOrganisation ? { organisation: org } : {}),
    }),
  );
  const withdraw = useWishWrite((org: string | null) =>
    call('withdrawPledge', org && org !== myOrganisation ? { organisation: org } : {}),
  );
  const [confirming, setConfirming] = useState(false);
  const id = 'os2-wish-pledge';
  const amountError = inputError ?? fieldMessage(pledge.error, 'pledges.amountDkk', text);
  const states = PLEDGE_STATES.filter((s) => s !== 'invoiced' || can.canManagePledges);
  const canPledge = can.canSupport || can.canManagePledges;

  const choose = (org: string | null) => {
    setOrganisation(org);
    const found = wish.pledges.find((p) => p.organisation === org);
    setAmount(found ? String(found.amountDkk) : '');
    setState(found?.state ?? 'indicated');
  };

  const submit = (value: number) => {
    setInputError(null);
    void pledge.run(value, state, organisation);
  };

  const confirmWithdraw = async () => {
    const next = await withdraw.run(organisation);
    setConfirming(false);
    if (next) {
      setAmount('');
      setState('indicated');
    }
  };

  return (
    <PanelSection id="wish-funding" title={t('wish.funding.heading')}>
      {wish.pledges.length === 0 ? (
        <span style={subtle}>{t('wish.funding.none')}</span>
      ) : (
        <SimpleTable
          testId="wish-pledges"
          labelledBy="wish-funding-heading"
          dense
          columns={[
            { key: 'organisation', label: t('wish.funding.organisation') },
            { key: 'amount', label: t('wish.funding.amount'), align: 'end' },
            { key: 'state', label: t('wish.funding.state') },
            { key: 'by', label: t('wish.funding.by') },
          ]}
          rows={wish.pledges.map((p) => ({
            key: p.organisation,
            cells: {
              organisation: p.organisation,
              amount: kr(p.amountDkk),
              state: pledgeStateLabel(t, p.state),
              by: stamp(p.accountId, p.at),
            },
          }))}
        />
      )}
      <p style={{ margin: 0 }} data-testid="wish-funding-summary">
        {t('wish.funding.summary', {
          pledged: kr(view.pledges.total),
          common: kr(view.commonBudgetDkk),
          estimate: wish.estimate ? kr(wish.estimate.amountDkk) : t('wish.funding.noEstimate'),
          gap: wish.estimate ? kr(wish.fundingGap) : t('wish.summary.unknown'),
        })}
      </p>
      {canPledge && (myOrganisation || can.canManagePledges) && (
        <form
          noValidate
          style={formBox}
          onSubmit={(e) => {
            e.preventDefault();
            const value = parseKroner(amount);
            if (value === null || value === 0) {
              const hint = kronerHint(amount);
              setInputError(hint ? text(hint) : t('wish.funding.amountInvalid'));
              return;
            }
            submit(value);
          }}
        >
          {can.canManagePledges && (
            <Field id={`${id}-organisation`} label={t('wish.funding.organisation')}>
              <SingleChoice<string>
                id={`${id}-organisation`}
                options={view.organisations.map((o) => ({ value: o, label: o }))}
                value={organisation}
                onChange={choose}
              />
            </Field>
          )}
          <Inline space="space.100" alignBlock="end" shouldWrap>
            <AmountField
              id={`${id}-amount`}
              label={t('wish.funding.amountFor', { organisation: organisation ?? '' })}
              value={amount}
              onChange={setAmount}
              error={amountError}
              testId="wish-pledge-amount"
            />
            <Field id={`${id}-state`} label={t('wish.funding.state')}>
              <SingleChoice<PledgeState>
                id={`${id}-state`}
                options={states.map((s) => ({ value: s, label: pledgeStateLabel(t, s) }))}
                value={state}
                onChange={(s) => s && setState(s)}
                testId="wish-pledge-state"
              />
            </Field>
          </Inline>
          {(pledge.error ?? withdraw.error) && (
            <div role="alert">
              <ErrorMessage error={(pledge.error ?? withdraw.error)!} />
            </div>
          )}
          <Inline space="space.100">
            <Button type="submit" appearance="primary" isLoading={pledge.pending} testId="wish-pledge-save">
              {t('wish.funding.save')}
            </Button>
            {existing && !confirming && (
              <Button
                appearance="subtle"
                onClick={() => setConfirming(true)}
                isDisabled={pledge.pending}
                testId="wish-pledge-withdraw"
              >
                {t('wish.funding.withdraw')}
              </Button>
            )}
          </Inline>
          {existing && confirming && (
            // Asked in place: a modal inside the issue panel's frame can open out of sight.
            <div
              role="alertdialog"
              aria-labelledby={`${id}-withdraw-title`}
              aria-describedby={`${id}-withdraw-body`}
              style={confirmBox}
              data-testid="wish-pledge-withdraw-confirm"
              onKeyDown={(e) => {
                if (e.key === 'Escape' && !withdraw.pending) setConfirming(false);
              }}
            >
              <strong id={`${id}-withdraw-title`}>{t('wish.funding.withdrawTitle')}</strong>
              <p id={`${id}-withdraw-body`} style={{ margin: 0 }}>
                {t('wish.funding.withdrawBody', {
                  organisation: existing.organisation,
                  amount: kr(existing.amountDkk),
                })}
              </p>
              <Inline space="space.100">
                <Button
                  appearance="danger"
                  autoFocus
                  isLoading={withdraw.pending}
                  onClick={() => void confirmWithdraw()}
                  testId="wish-pledge-withdraw-yes"
                >
                  {t('wish.funding.withdraw')}
                </Button>
                <Button
                  appearance="subtle"
                  isDisabled={withdraw.pending}
                  onClick={() => setConfirming(false)}
                >
                  {t('common.cancel')}
                </Button>
              </Inline>
            </div>
          )}
        </form>
      )}
    </PanelSection>
  );
}
