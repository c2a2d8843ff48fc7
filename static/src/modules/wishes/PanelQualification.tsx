import { Checkbox } from '@atlaskit/checkbox';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { QualificationItemId } from '../../../../src/domain/wish';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { QUALIFICATION_ITEMS, qualificationLabel } from '../../lib/wishes';
import { PanelSection, subtle, useStamp, useWishPanel, useWishWrite } from './panel-context';

/** OS2's checklist before a wish can be ordered: the requester's five items, the supplier's four. */
export function PanelQualification() {
  const { t } = useI18n();
  const { view } = useWishPanel();
  const stamp = useStamp();
  const { wish, capabilities: can, qualification } = view;
  const tick = useWishWrite((itemId: QualificationItemId, checked: boolean) =>
    call('setWishQualification', { itemId, checked }),
  );

  const group = (party: 'requester' | 'supplier') => {
    const allowed = party === 'requester' ? can.canQualifyRequester : can.canQualifySupplier;
    const progress = qualification[party];
    return (
      <fieldset
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
        data-testid={`wish-qualification-${party}`}
      >
        <legend style={{ fontWeight: token('font.weight.semibold'), padding: 0 }}>
          {t(`wish.qualification.${party}`, { checked: progress.checked, total: progress.total })}
        </legend>
        {!allowed && <p style={{ ...subtle, margin: 0 }}>{t(`wish.qualification.${party}Who`)}</p>}
        <Stack space="space.050">
          {QUALIFICATION_ITEMS.filter((i) => i.party === party).map((item) => {
            const mark = wish.qualification[item.id];
            return (
              <div key={item.id}>
                <Checkbox
                  id={`os2-wish-q-${item.id.replace('.', '-')}`}
                  name={item.id}
                  label={qualificationLabel(t, item.id)}
                  isChecked={mark?.checked ?? false}
                  isDisabled={!allowed || tick.pending}
                  onChange={(e) => void tick.run(item.id, e.target.checked)}
                  testId={`wish-q-${item.id}`}
                />
                {mark && (
                  <span style={{ ...subtle, marginInlineStart: token('space.300') }}>
                    {t(mark.checked ? 'wish.qualification.ticked' : 'wish.qualification.unticked', {
                      who: stamp(mark.by, mark.at),
                    })}
                  </span>
                )}
              </div>
            );
          })}
        </Stack>
      </fieldset>
    );
  };

  return (
    <PanelSection id="wish-qualification" title={t('wish.qualification.heading')}>
      <p style={{ margin: 0 }}>
        {t('wish.qualification.progress', { checked: qualification.checked, total: qualification.total })}
      </p>
      {group('requester')}
      {group('supplier')}
      {tick.error && (
        <div role="alert">
          <ErrorMessage error={tick.error} />
        </div>
      )}
    </PanelSection>
  );
}
