import Heading from '@atlaskit/heading';
import { SessionLine } from '../components/SessionLine';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';

export default function WishPanelModule({ context }: { context: ModuleContext }) {
  const { t } = useI18n();
  return (
    <main data-module={context.moduleKey} style={{ padding: 8 }}>
      <Heading size="medium">{t('modules.wishPanel.title')}</Heading>
      <SessionLine />
    </main>
  );
}
