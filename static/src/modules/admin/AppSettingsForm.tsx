import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import type { AppSettingsView } from '../../../../src/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { fieldMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { SearchPicker, searchGroupsOption } from './SearchPicker';

const FIELDS = ['secretariatGroup', 'boardGroup'] as const;

/** Which Jira groups act as the OS2 secretariat and as the board. */
export function AppSettingsForm({
  data,
  onSaved,
  onReload,
}: {
  data: AppSettingsView;
  onSaved: (data: AppSettingsView) => void;
  onReload: () => void;
}) {
  const { t, text } = useI18n();
  const { version } = data.settings;
  const [values, setValues] = useState({
    secretariatGroup: data.settings.secretariatGroup,
    boardGroup: data.settings.boardGroup,
  });
  const [saved, setSaved] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const save = useAction(() => call('saveAppSettings', { ...values, expectedVersion: version }));

  useFocusFirstInvalid(form, save.error);

  useEffect(() => {
    setValues({ secretariatGroup: data.settings.secretariatGroup, boardGroup: data.settings.boardGroup });
  }, [version]);

  return (
    <section aria-labelledby="os2-admin-groups">
      <form
        ref={form}
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          const next = await save.run();
          if (!next) return;
          onSaved(next);
          setSaved(true);
          showFlag({
            id: `os2-admin-${Date.now()}`,
            type: 'success',
            title: t('admin.saved'),
            isAutoDismiss: true,
          });
        }}
        style={{ display: 'grid', gap: token('space.200'), maxWidth: 640 }}
      >
        <Heading size="medium" as="h2" id="os2-admin-groups">
          {t('admin.groupsHeading')}
        </Heading>
        {FIELDS.map((field) => {
          const id = `os2-admin-${field}`;
          const error = fieldMessage(save.error, field, text);
          const help = t(`admin.${field}Help`);
          return (
            <Field key={field} id={id} label={t(`admin.${field}`)} help={help} error={error}>
              <SearchPicker
                id={id}
                testId={id}
                value={values[field] ? { value: values[field], label: values[field] } : null}
                onChange={(option) => setValues((v) => ({ ...v, [field]: option?.value ?? '' }))}
                search={async (query) =>
                  searchGroupsOption((await call('searchJiraGroups', { query })).groups)
                }
                searchOnOpen
                isInvalid={Boolean(error)}
                describedBy={describedBy(id, { help, error })}
              />
            </Field>
          );
        })}
        {save.error && (
          <div role="alert">
            <ErrorMessage error={save.error} onReload={onReload} />
          </div>
        )}
        <div style={{ display: 'flex', gap: token('space.150'), alignItems: 'center' }}>
          <Button type="submit" appearance="primary" isLoading={save.pending}>
            {t('common.save')}
          </Button>
          <span role="status" style={{ color: token('color.text.success') }}>
            {saved && t('admin.saved')}
          </span>
        </div>
      </form>
    </section>
  );
}
