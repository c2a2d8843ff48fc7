import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import { SingleChoice } from '../../components/LazyChoice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { formBox, PanelSection, subtle, useStamp, useWishPanel, useWishWrite } from './panel-context';
import { EvidenceEditor, EvidenceView } from './PanelEvidence';

/** Who asks for the wish and who stands behind it ("3 + 4 = 98"). */
export function PanelOrganisations() {
  const { t } = useI18n();
  const { view } = useWishPanel();
  const stamp = useStamp();
  const { wish, capabilities: can, myOrganisation } = view;
  const [requester, setRequester] = useState<string | null>(wish.requestedBy?.organisation ?? null);
  const saveRequester = useWishWrite((organisation: string | null) =>
    call('setWishRequester', { organisation, basedOn: wish.requestedBy?.at ?? null }),
  );
  const support = useWishWrite((on: boolean) => call('supportWish', { support: on }));

  const mine = myOrganisation?.toLocaleLowerCase('da-DK');
  const isRequester = Boolean(mine && wish.requestedBy?.organisation.toLocaleLowerCase('da-DK') === mine);
  const supports = Boolean(
    mine && wish.supporters.some((s) => s.organisation.toLocaleLowerCase('da-DK') === mine),
  );
  // The signal the caller's organisation's evidence goes with: its request or its support.
  const mySignal = isRequester
    ? wish.requestedBy
    : wish.supporters.find((s) => s.organisation.toLocaleLowerCase('da-DK') === mine);
  const id = 'os2-wish-requester';

  return (
    <PanelSection id="wish-organisations" title={t('wish.organisations.heading')}>
      <p style={{ margin: 0 }}>{t('wish.organisations.count', { count: wish.organisationCount })}</p>
      <Stack space="space.050">
        <strong>{t('wish.organisations.requester')}</strong>
        <span data-testid="wish-requester">
          {wish.requestedBy ? (
            <>
              {wish.requestedBy.organisation}{' '}
              <span style={subtle}>({stamp(wish.requestedBy.accountId, wish.requestedBy.at)})</span>
            </>
          ) : (
            <span style={subtle}>{t('wish.organisations.noRequester')}</span>
          )}
        </span>
        <EvidenceView signal={wish.requestedBy} />
      </Stack>
      {can.canSetRequester ? (
        <form
          noValidate
          style={formBox}
          onSubmit={(e) => {
            e.preventDefault();
            void saveRequester.run(requester);
          }}
        >
          <Field id={id} label={t('wish.organisations.setRequester')}>
            <SingleChoice<string>
              id={id}
              options={view.organisations.map((o) => ({ value: o, label: o }))}
              value={requester}
              onChange={setRequester}
              isClearable
              placeholder={t('wish.organisations.chooseOrganisation')}
            />
          </Field>
          {saveRequester.error && (
            <div role="alert">
              <ErrorMessage error={saveRequester.error} />
            </div>
          )}
          <div>
            <Button type="submit" isLoading={saveRequester.pending}>
              {t('wish.organisations.saveRequester')}
            </Button>
          </div>
        </form>
      ) : (
        (can.canClaimRequester || can.canWithdrawRequester) &&
        myOrganisation && (
          <div>
            <Button
              isLoading={saveRequester.pending}
              onClick={() => void saveRequester.run(can.canWithdrawRequester ? null : myOrganisation)}
              testId="wish-requester-claim"
            >
              {can.canWithdrawRequester
                ? t('wish.organisations.withdrawClaim', { organisation: myOrganisation })
                : t('wish.organisations.claimRequester', { organisation: myOrganisation })}
            </Button>
            {saveRequester.error && <ErrorMessage error={saveRequester.error} />}
          </div>
        )
      )}
      {wish.carriedFrom.map((c) => (
        <p key={`${c.key}-${c.at}`} style={{ margin: 0 }} data-testid="wish-carried-from">
          {t('wish.organisations.carriedFrom', {
            key: c.key,
            when: stamp(c.by, c.at),
            supporters: c.supporters.length,
            pledges: c.pledges.length,
          })}
        </p>
      ))}
      {wish.carriedTo && (
        <p style={{ margin: 0 }} data-testid="wish-carried-to">
          {t('wish.organisations.carriedTo', {
            key: wish.carriedTo.key,
            when: stamp(wish.carriedTo.by, wish.carriedTo.at),
            supporters: wish.carriedTo.supporters.length,
            pledges: wish.carriedTo.pledges.length,
          })}
        </p>
      )}

      <Stack space="space.050">
        <strong id="wish-supporters-heading">
          {t('wish.organisations.supporters', { count: wish.supporters.length })}
        </strong>
        {wish.supporters.length === 0 ? (
          <span style={subtle}>{t('wish.organisations.noSupporters')}</span>
        ) : (
          <ul aria-labelledby="wish-supporters-heading" data-testid="wish-supporters" style={{ margin: 0 }}>
            {wish.supporters.map((s) => (
              <li key={s.organisation}>
                {s.organisation} <span style={subtle}>({stamp(s.accountId, s.at)})</span>
                <EvidenceView signal={s} />
              </li>
            ))}
          </ul>
        )}
      </Stack>
      {can.canSupport && myOrganisation ? (
        isRequester ? (
          <p style={{ ...subtle, margin: 0 }}>
            {t('wish.organisations.youRequested', { organisation: myOrganisation })}
          </p>
        ) : (
          <Inline space="space.100" alignBlock="center">
            <Button
              appearance={supports ? 'default' : 'primary'}
              isLoading={support.pending}
              onClick={() => void support.run(!supports)}
              testId="wish-support-button"
            >
              {supports
                ? t('wish.organisations.withdrawSupport', { organisation: myOrganisation })
                : t('wish.organisations.support', { organisation: myOrganisation })}
            </Button>
          </Inline>
        )
      ) : (
        !myOrganisation && <p style={{ ...subtle, margin: 0 }}>{t('wish.panel.notLinked')}</p>
      )}
      {can.canSupport && myOrganisation && mySignal && (
        <EvidenceEditor
          key={mySignal.evidence?.at ?? 'none'}
          organisation={myOrganisation}
          signal={mySignal}
        />
      )}
      {support.error && (
        <div role="alert">
          <ErrorMessage error={support.error} />
        </div>
      )}
    </PanelSection>
  );
}
