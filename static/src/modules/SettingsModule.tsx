import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { SessionLine } from '../components/SessionLine';
import { View } from '../components/View';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';
import { useFitContent } from '../lib/use-fit-content';
import { ProductSettingsForm } from './settings/ProductSettingsForm';

/** jira:projectSettingsPage: the project's OS2 product profile. */
export default function SettingsModule({ context }: { context: ModuleContext }) {
  const { t } = useI18n();
  useFitContent();
  return (
    <main data-module={context.moduleKey} style={{ padding: 8 }}>
      <Stack space="space.200">
        <Heading size="large" as="h1">
          {t('modules.projectSettings.title')}
        </Heading>
        <SessionLine />
        <View fn="getProductSettings" input={{}}>
          {(data, { setData, reload }) => (
            <ProductSettingsForm data={data} onSaved={setData} onReload={() => void reload()} />
          )}
        </View>
      </Stack>
    </main>
  );
}
