import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import TextField from '@atlaskit/textfield';
import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { fieldMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { kronerHint, parseHours, parseKroner } from '../../lib/wishes';
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

/** The supplier's estimate in hours and kroner; it drives the cost and funding factors. */
export function PanelEstimate() {
  const { t, text, formatNumber } = useI18n();
  const amountHint = (input: string) => {
    const hint = kronerHint(input);
    return hint ? text(hint) : t('wish.funding.amountInvalid');
  };
  const { view, reload } = useWishPanel();
  const kr = useKroner();
  const stamp = useStamp();
  const { wish, capabilities: can } = view;
  const [hours, setHours] = useState(wish.estimate ? String(wish.estimate.hours) : '');
  const [amount, setAmount] = useState(wish.estimate ? String(wish.estimate.amountDkk) : '');
  const [invalid, setInvalid] = useState<{ hours?: string; amount?: string }>({});
  const save = useWishWrite((estimate: { hours: number; amountDkk: number } | null) =>
    call('setWishEstimate', { estimate, basedOn: wish.estimate?.at ?? null }),
  );
  const id = 'os2-wish-estimate';
  const hoursError = invalid.hours ?? fieldMessage(save.error, 'estimate.hours', text);
  const amountError = invalid.amount ?? fieldMessage(save.error, 'estimate.amountDkk', text);

  return (
    <PanelSection id="wish-estimate" title={t('wish.estimate.heading')}>
      <p style={{ margin: 0 }} data-testid="wish-estimate-text">
        {wish.estimate ? (
          <>
            {t('wish.estimate.value', {
              hours: formatNumber(wish.estimate.hours),
              amount: kr(wish.estimate.amountDkk),
            })}{' '}
            <span style={subtle}>({stamp(wish.estimate.by, wish.estimate.at)})</span>
          </>
        ) : (
          <span style={subtle}>{t('wish.estimate.none')}</span>
        )}
      </p>
      {!can.canEstimate && <p style={{ ...subtle, margin: 0 }}>{t('wish.estimate.who')}</p>}
      {can.canEstimate && (
        <form
          noValidate
          style={formBox}
          onSubmit={(e) => {
            e.preventDefault();
            const h = parseHours(hours);
            const a = parseKroner(amount);
            const problems = {
              ...(h === null ? { hours: t('wish.estimate.hoursInvalid') } : {}),
              ...(a === null ? { amount: amountHint(amount) } : {}),
            };
            setInvalid(problems);
            if (h === null || a === null) return;
            void save.run({ hours: h, amountDkk: a });
          }}
        >
          <Inline space="space.100" alignBlock="end" shouldWrap>
            <Field id={`${id}-hours`} label={t('wish.estimate.hours')} error={hoursError} required>
              <TextField
                id={`${id}-hours`}
                inputMode="decimal"
                value={hours}
                onChange={(e) => setHours((e.target as HTMLInputElement).value)}
                isInvalid={Boolean(hoursError)}
                aria-describedby={describedBy(`${id}-hours`, { error: hoursError })}
                width={120}
                testId="wish-estimate-hours"
              />
            </Field>
            <AmountField
              id={`${id}-amount`}
              label={t('wish.estimate.amount')}
              value={amount}
              onChange={setAmount}
              error={amountError}
              testId="wish-estimate-amount"
            />
          </Inline>
          {save.error && (
            <div role="alert">
              <ErrorMessage error={save.error} onReload={() => void reload()} />
            </div>
          )}
          <Inline space="space.100">
            <Button type="submit" appearance="primary" isLoading={save.pending} testId="wish-estimate-save">
              {t('wish.estimate.save')}
            </Button>
            {wish.estimate && (
              <Button appearance="subtle" isDisabled={save.pending} onClick={() => void save.run(null)}>
                {t('wish.estimate.clear')}
              </Button>
            )}
          </Inline>
        </form>
      )}
    </PanelSection>
  );
}
