import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useState } from 'react';
import type { AppSettingsView, GroupMapping as Mapping } from '../../../../src/contract';
import type { ChoiceOption } from '../../components/Choice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { SimpleTable } from '../../components/SimpleTable';
import { useI18n } from '../../lib/i18n';
import { OrganisationField } from './OrganisationField';
import { call } from '../../lib/rpc';
import { confirmInForgeModal } from '../../lib/forge-modal';
import { useAction } from '../../lib/use-action';
import { SearchPicker, searchGroupsOption } from './SearchPicker';

/**
 * Jira groups whose members act for an organisation (e.g. a municipality's own group), so its users
 * need no mapping one by one. A person's own mapping comes first.
 */
export function GroupMapping({
  data,
  onChanged,
  onReload,
}: {
  data: AppSettingsView;
  onChanged: (data: AppSettingsView) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const [group, setGroup] = useState<ChoiceOption<string> | null>(null);
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Mapping | null>(null);
  const [status, setStatus] = useState('');
  const { version, mappings } = data.groupMappings;
  const save = useAction((input: { group: string; organisation: string }) =>
    call('setGroupOrganisation', { ...input, expectedVersion: version }),
  );
  const id = 'os2-admin-group';

  const apply = async (input: { group: string; organisation: string }, message: string) => {
    const next = await save.run(input);
    if (!next) return false;
    onChanged({ ...data, groupMappings: next });
    setStatus(message);
    showFlag({ id: `os2-group-${Date.now()}`, type: 'success', title: message, isAutoDismiss: true });
    return true;
  };

  const removeMapping = (gone: Mapping) =>
    apply({ group: gone.group, organisation: '' }, t('admin.groupMappingRemoved', { group: gone.group }));

  /** Asks in a Forge modal (over the page, where the user is); in-page dialog where there is none. */
  const askRemove = async (m: Mapping) => {
    const answer = await confirmInForgeModal({
      title: t('admin.removeGroupTitle'),
      body: t('admin.removeGroupBody', { group: m.group, organisation: m.organisation }),
      confirmLabel: t('common.remove'),
      appearance: 'danger',
    });
    if (answer === null) setRemoving(m);
    else if (answer) await removeMapping(m);
  };

  return (
    <section aria-labelledby="os2-admin-group-mappings">
      <Stack space="space.200">
        <Heading size="medium" as="h2" id="os2-admin-group-mappings">
          {t('admin.groupMappingsHeading')}
        </Heading>
        <p style={{ margin: 0 }}>{t('admin.groupMappingsIntro')}</p>
        <form
          noValidate
          aria-label={t('admin.groupMappingFormLabel')}
          data-testid="group-mapping-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!group || !organisation) return;
            void apply(
              { group: group.value, organisation },
              t('admin.groupMappingSaved', { group: group.value, organisation }),
            ).then((done) => {
              if (!done) return;
              setGroup(null);
              setOrganisation(null);
              document.getElementById(`${id}-name`)?.focus();
            });
          }}
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))',
            gap: token('space.150'),
            alignItems: 'end',
            maxWidth: 900,
          }}
        >
          <Field id={`${id}-name`} label={t('admin.groupPick')} help={t('admin.groupPickHelp')} required>
            <SearchPicker
              id={`${id}-name`}
              testId={`${id}-name`}
              value={group}
              onChange={setGroup}
              search={async (query) => searchGroupsOption((await call('searchJiraGroups', { query })).groups)}
              searchOnOpen
              describedBy={`${id}-name-help`}
            />
          </Field>
          <OrganisationField
            id={id}
            organisations={data.organisations}
            value={organisation}
            onChange={setOrganisation}
            testId={`${id}-organisation`}
          />
          <div style={{ paddingBlockEnd: token('space.300') }}>
            <Button
              type="submit"
              appearance="primary"
              isLoading={save.pending}
              isDisabled={!group || !organisation}
              testId="group-mapping-save"
            >
              {t('admin.saveGroupMapping')}
            </Button>
          </div>
        </form>
        {save.error && (
          <div role="alert">
            <ErrorMessage error={save.error} onReload={onReload} />
          </div>
        )}
        <p role="status" style={{ margin: 0, color: token('color.text.success') }}>
          {status}
        </p>
        {mappings.length === 0 ? (
          <EmptyState headingLevel={3} header={t('admin.noGroupMappings')} />
        ) : (
          <SimpleTable
            caption={t('admin.groupMappingsCaption', { count: mappings.length })}
            testId="group-mapping-table"
            columns={[
              { key: 'group', label: t('admin.group') },
              { key: 'organisation', label: t('admin.organisation') },
              { key: 'actions', label: t('admin.actions'), align: 'end' },
            ]}
            rows={mappings.map((m) => ({
              key: m.group,
              cells: {
                group: m.group,
                organisation: m.organisation,
                actions: (
                  <Button
                    appearance="subtle"
                    onClick={() => void askRemove(m)}
                    aria-label={t('admin.removeGroupFor', { group: m.group })}
                  >
                    {t('common.remove')}
                  </Button>
                ),
              },
            }))}
          />
        )}
      </Stack>
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('admin.removeGroupTitle')}
        confirmLabel={t('common.remove')}
        appearance="danger"
        pending={save.pending}
        onConfirm={() => {
          if (!removing) return;
          const gone = removing;
          void apply(
            { group: gone.group, organisation: '' },
            t('admin.groupMappingRemoved', { group: gone.group }),
          ).then(() => setRemoving(null));
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>
          {removing &&
            t('admin.removeGroupBody', { group: removing.group, organisation: removing.organisation })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
