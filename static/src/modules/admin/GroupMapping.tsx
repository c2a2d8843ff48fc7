import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { showFlag } from '@forge/bridge';
import { useState } from 'react';
import type { AppSettingsView, GroupMapping as Mapping } from '../../../../src/contract';
import type { ChoiceOption } from '../../components/Choice';
import { Field } from '../../components/Field';
import { SimpleTable } from '../../components/SimpleTable';
import { useI18n } from '../../lib/i18n';
import { OrganisationField } from './OrganisationField';
import { call } from '../../lib/rpc';
import { useConfirmed } from '../../lib/forge-modal';
import { useAction } from '../../lib/use-action';
import { MappingForm } from './MappingForm';
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

  const removal = useConfirmed(
    (m: Mapping) => ({
      title: t('admin.removeGroupTitle'),
      body: t('admin.removeGroupBody', { group: m.group, organisation: m.organisation }),
      confirmLabel: t('common.remove'),
      appearance: 'danger',
    }),
    removeMapping,
    save.pending,
  );

  return (
    <section aria-labelledby="os2-admin-group-mappings">
      <Stack space="space.200">
        <Heading size="medium" as="h2" id="os2-admin-group-mappings">
          {t('admin.groupMappingsHeading')}
        </Heading>
        <p style={{ margin: 0 }}>{t('admin.groupMappingsIntro')}</p>
        <MappingForm
          label={t('admin.groupMappingFormLabel')}
          testId="group-mapping-form"
          onSubmit={() => {
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
          submitLabel={t('admin.saveGroupMapping')}
          submitTestId="group-mapping-save"
          pending={save.pending}
          disabled={!group || !organisation}
          errors={[save.error]}
          onReload={onReload}
          status={status}
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
        </MappingForm>
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
                    onClick={() => void removal.ask(m)}
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
      {removal.dialog}
    </section>
  );
}
