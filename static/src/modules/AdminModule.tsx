import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { SessionLine } from '../components/SessionLine';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';
import { ForgeModalConfirm, isConfirmRequest } from '../lib/forge-modal';
import { useFitContent } from '../lib/use-fit-content';
import { RpcFailure } from '../lib/rpc';
import { useResolver } from '../lib/use-resolver';
import { AppSettingsForm } from './admin/AppSettingsForm';
import { GroupMapping } from './admin/GroupMapping';
import { OrganisationMapping } from './admin/OrganisationMapping';
import { AppAuditLog } from './admin/AppAuditLog';

/** jira:adminPage: app-wide settings and who belongs to which user organisation. Jira administrators only. */
export default function AdminModule({ context }: { context: ModuleContext }) {
  // Opened as a Forge modal by this page: render only the question.
  if (isConfirmRequest(context.extension.modal))
    return <ForgeModalConfirm request={context.extension.modal} />;
  return <AdminPage context={context} />;
}

function AdminPage({ context }: { context: ModuleContext }) {
  const { t } = useI18n();
  useFitContent();
  const { value, reload, setData: replaceData } = useResolver('getAppSettings', {});
  // Each save writes an audit entry: the app-wide log below reloads after it.
  const [saves, setSaves] = useState(0);
  const setData: typeof replaceData = (data) => {
    replaceData(data);
    setSaves((n) => n + 1);
  };

  let body;
  if (value.state === 'loading') body = <Loading />;
  else if (value.state === 'error') {
    body =
      value.error instanceof RpcFailure && value.error.error.code === 'forbidden' ? (
        <SectionMessage appearance="warning" title={t('admin.forbiddenTitle')}>
          <p>{t('admin.forbiddenBody')}</p>
        </SectionMessage>
      ) : (
        <ErrorMessage error={value.error} onRetry={() => void reload()} />
      );
  } else {
    body = (
      <Stack space="space.400">
        <AppSettingsForm data={value.data} onSaved={setData} onReload={() => void reload()} />
        <GroupMapping data={value.data} onChanged={setData} onReload={() => void reload()} />
        <OrganisationMapping data={value.data} onChanged={setData} />
        {/* Governance record: the admin page's own changes, readable. */}
        <AppAuditLog revision={saves} />
      </Stack>
    );
  }

  return (
    <main data-module={context.moduleKey} style={{ padding: 8 }}>
      <Stack space="space.200">
        <Heading size="large" as="h1">
          {t('modules.admin.title')}
        </Heading>
        <SessionLine />
        {body}
      </Stack>
    </main>
  );
}
