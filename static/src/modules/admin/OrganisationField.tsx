import { SingleChoice } from '../../components/Choice';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';

/** The organisation a user or a Jira group acts for, chosen from the known list. */
export function OrganisationField({
  id,
  organisations,
  value,
  onChange,
  testId,
}: {
  id: string;
  organisations: readonly string[];
  value: string | null;
  onChange: (organisation: string | null) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <Field
      id={`${id}-organisation`}
      label={t('admin.organisation')}
      help={t('admin.organisationHelp')}
      required
    >
      <SingleChoice<string>
        id={`${id}-organisation`}
        testId={testId}
        options={organisations.map((o) => ({ value: o, label: o }))}
        value={value}
        onChange={onChange}
        isClearable
        placeholder={t('admin.organisationPlaceholder')}
        describedBy={`${id}-organisation-help`}
      />
    </Field>
  );
}
