import { token } from '@atlaskit/tokens';
import { Field } from '../../components/Field';
import { deciderLabel } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import type { ProductSettingsView } from '../../../../src/contract';

/** The product's current level, read-only: it only ever comes from the decision log. */
export function CurrentLevelNote({
  current,
  levelLabels,
}: Pick<ProductSettingsView, 'current' | 'levelLabels'>) {
  const { t, text, formatDate } = useI18n();
  const id = 'os2-product-currentLevel';
  const shown =
    current === null
      ? t('governance.header.noLevel')
      : current.level === null
        ? t('governance.header.closed')
        : `${text(levelLabels[current.level])} — ${t('governance.header.since', {
            date: formatDate(current.since),
            by: deciderLabel(t, current.decidedBy),
          })}`;
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
