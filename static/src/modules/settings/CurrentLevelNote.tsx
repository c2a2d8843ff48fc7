import { token } from '@atlaskit/tokens';
import { Field } from '../../components/Field';
import { deciderLabel } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { useResolver } from '../../lib/use-resolver';

/**
 * The product's current level, read-only: it only ever comes from the decision log. The settings
 * view does not carry it, so it is asked for separately and never holds up the form.
 */
export function CurrentLevelNote() {
  const { t, text, formatDate } = useI18n();
  const { value } = useResolver('getGovernanceView', {});
  const id = 'os2-product-currentLevel';
  let shown: string;
  if (value.state === 'loading') shown = t('common.loading');
  else if (value.state === 'error') shown = t('settings.currentLevelUnknown');
  else {
    const { current, levelLabels } = value.data;
    shown =
      current === null
        ? t('governance.header.noLevel')
        : current.level === null
          ? t('governance.header.closed')
          : `${text(levelLabels[current.level])} — ${t('governance.header.since', {
              date: formatDate(current.since),
              by: deciderLabel(t, current.decidedBy),
            })}`;
  }
  return (
    <Field id={id} label={t('settings.fields.currentLevel')} help={t('settings.currentLevelHelp')}>
      <output
        id={id}
        aria-describedby={`${id}-help`}
        data-testid="settings-current-level"
        style={{
          display: 'block',
          padding: `${token('space.075')} 0`,
          fontWeight: token('font.weight.semibold'),
        }}
      >
        {shown}
      </output>
    </Field>
  );
}
