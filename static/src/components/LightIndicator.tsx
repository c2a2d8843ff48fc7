import type { Light } from '../../../src/domain/assessment';
import { lightEmoji, lightLabel } from '../lib/governance';
import { useI18n } from '../lib/i18n';
import { VisuallyHidden } from './VisuallyHidden';

/** A traffic light as OS2's reports draw it (🟢🟡🔴⚪), with its meaning in words. */
export function LightIndicator({ light, showText = false }: { light: Light; showText?: boolean }) {
  const { t } = useI18n();
  const label = lightLabel(t, light);
  return (
    <span title={label} style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden="true">{lightEmoji(light)}</span>
      {showText ? <span> {label}</span> : <VisuallyHidden>{label}</VisuallyHidden>}
    </span>
  );
}
