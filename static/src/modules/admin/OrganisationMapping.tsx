import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useState } from 'react';
import type { AppSettingsView, MemberView } from '../../../../src/contract';
import type { ChoiceOption } from '../../components/Choice';
import { Field } from '../../components/Field';
import { SimpleTable } from '../../components/SimpleTable';
import { useI18n } from '../../lib/i18n';
import { OrganisationField } from './OrganisationField';
import { call } from '../../lib/rpc';
import { useConfirmed } from '../../lib/forge-modal';
import { useAction } from '../../lib/use-action';
import { MappingForm } from './MappingForm';
import { SearchPicker } from './SearchPicker';

type Member = AppSettingsView['members'][number];

/** The view with one member changed (organisation '' = removed): the server answers only the change. */
function withMember(data: AppSettingsView, member: MemberView): AppSettingsView {
  const others = data.members.filter((m) => m.accountId !== member.accountId);
  const members = member.organisation === '' ? others : [...others, member];
  return { ...data, members: members.sort((a, b) => a.displayName.localeCompare(b.displayName, 'da')) };
}

const subtle = { font: token('font.body.small'), color: token('color.text.subtle') } as const;

/** Which user organisation (municipality, region …) each Jira user belongs to; used for wishes and their weight. */
export function OrganisationMapping({
  data,
  onChanged,
}: {
  data: AppSettingsView;
  onChanged: (data: AppSettingsView) => void;
}) {
  const { t } = useI18n();
  const [user, setUser] = useState<ChoiceOption<string> | null>(null);
  const accountId = user?.value ?? '';
  const [organisation, setOrganisation] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const set = useAction((input: { accountId: string; organisation: string }) =>
    call('setUserOrganisation', input),
  );
  const remove = useAction((member: Member) =>
    call('setUserOrganisation', { accountId: member.accountId, organisation: '' }),
  );
  const id = 'os2-admin-member';

  const onSubmit = async () => {
    const input = { accountId, organisation: organisation ?? '' };
    const member = await set.run(input);
    if (!member) return;
    onChanged(withMember(data, member));
    const message = t('admin.mappingSaved', { name: member.displayName, organisation: input.organisation });
    setStatus(message);
    setUser(null);
    setOrganisation(null);
    document.getElementById(`${id}-account`)?.focus();
    showFlag({ id: `os2-member-${Date.now()}`, type: 'success', title: message, isAutoDismiss: true });
  };

  const onRemove = async (target: Member) => {
    const member = await remove.run(target);
    const name = target.displayName;
    if (!member) return;
    onChanged(withMember(data, member));
    const message = t('admin.mappingRemoved', { name });
    setStatus(message);
    document.getElementById(`${id}-account`)?.focus();
    showFlag({ id: `os2-member-${Date.now()}`, type: 'success', title: message, isAutoDismiss: true });
  };

  const removal = useConfirmed(
    (m: Member) => ({
      title: t('admin.removeTitle'),
      body: t('admin.removeBody', { name: m.displayName, organisation: m.organisation }),
      confirmLabel: t('common.remove'),
      appearance: 'danger',
    }),
    onRemove,
    remove.pending,
  );

  const edit = (member: Member) => {
    setUser({ value: member.accountId, label: member.displayName });
    setOrganisation(member.organisation);
    setStatus('');
    document.getElementById(`${id}-organisation`)?.focus();
  };

  return (
    <section aria-labelledby="os2-admin-members">
      <Stack space="space.200">
        <Heading size="medium" as="h2" id="os2-admin-members">
          {t('admin.membersHeading')}
        </Heading>
        <p style={{ margin: 0 }}>{t('admin.membersIntro')}</p>

        <MappingForm
          label={t('admin.mappingFormLabel')}
          onSubmit={() => void onSubmit()}
          submitLabel={t('admin.saveMapping')}
          pending={set.pending}
          disabled={accountId === '' || !organisation}
          errors={[set.error, remove.error]}
          status={status}
        >
          <Field id={`${id}-account`} label={t('admin.userPick')} help={t('admin.userPickHelp')} required>
            <SearchPicker
              id={`${id}-account`}
              testId={`${id}-account`}
              value={user}
              onChange={setUser}
              search={async (query) =>
                (await call('searchJiraUsers', { query })).users.map((u) => ({
                  value: u.accountId,
                  label: u.displayName,
                }))
              }
              describedBy={`${id}-account-help`}
            />
          </Field>
          <OrganisationField
            id={id}
            organisations={data.organisations}
            value={organisation}
            onChange={setOrganisation}
          />
        </MappingForm>

        {data.members.length === 0 ? (
          <EmptyState headingLevel={3} header={t('admin.noMembers')} />
        ) : (
          <SimpleTable
            caption={t('admin.membersCaption', { count: data.members.length })}
            testId="member-table"
            columns={[
              { key: 'user', label: t('admin.user') },
              { key: 'organisation', label: t('admin.organisation') },
              { key: 'actions', label: t('admin.actions'), align: 'end' },
            ]}
            rows={data.members.map((m) => ({
              key: m.accountId,
              cells: {
                user: (
                  <span style={{ display: 'grid' }}>
                    <span>{m.displayName}</span>
                    <span style={{ ...subtle, fontFamily: token('font.family.code') }}>{m.accountId}</span>
                  </span>
                ),
                organisation: m.organisation,
                actions: (
                  <span style={{ display: 'inline-flex', gap: token('space.100') }}>
                    <Button
                      appearance="subtle"
                      onClick={() => edit(m)}
                      aria-label={t('admin.changeFor', { name: m.displayName })}
                    >
                      {t('admin.change')}
                    </Button>
                    <Button
                      appearance="subtle"
                      onClick={() => void removal.ask(m)}
                      aria-label={t('admin.removeFor', { name: m.displayName })}
                    >
                      {t('common.remove')}
                    </Button>
                  </span>
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
