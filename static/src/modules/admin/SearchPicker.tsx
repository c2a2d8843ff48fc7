import { AsyncSelect } from '@atlaskit/select';
import { useRef } from 'react';
import { selectLabels, type ChoiceOption } from '../../components/Choice';
import { useI18n } from '../../lib/i18n';

/**
 * A searchable pick from Jira (groups, users): the options come from a resolver as the user types,
 * at most one request per pause in typing, so nobody has to know or type an id.
 */
export function SearchPicker({
  id,
  value,
  onChange,
  search,
  placeholder,
  describedBy,
  isInvalid,
  testId,
  searchOnOpen = false,
}: {
  id: string;
  value: ChoiceOption<string> | null;
  onChange: (value: ChoiceOption<string> | null) => void;
  search: (query: string) => Promise<ChoiceOption<string>[]>;
  placeholder?: string;
  describedBy?: string;
  isInvalid?: boolean;
  testId?: string;
  /** Offer the first matches before anything is typed (groups: a short list). */
  searchOnOpen?: boolean;
}) {
  const { t } = useI18n();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const load = (query: string) =>
    new Promise<ChoiceOption<string>[]>((resolve) => {
      clearTimeout(timer.current);
      if (!searchOnOpen && query.trim() === '') return resolve([]);
      timer.current = setTimeout(() => {
        search(query.trim()).then(resolve, () => resolve([]));
      }, 250);
    });
  return (
    <AsyncSelect<ChoiceOption<string>, false>
      {...selectLabels(t)}
      inputId={id}
      testId={testId}
      loadOptions={load}
      defaultOptions={searchOnOpen}
      cacheOptions
      value={value}
      onChange={(option) => onChange(option ?? null)}
      isClearable
      isInvalid={isInvalid}
      aria-describedby={describedBy}
      placeholder={placeholder ?? t('admin.searchPlaceholder')}
      noOptionsMessage={({ inputValue }) => (inputValue ? t('admin.noMatches') : t('admin.typeToSearch'))}
      loadingMessage={() => t('common.loading')}
      menuPlacement="auto"
    />
  );
}

export const searchGroupsOption = (groups: string[]): ChoiceOption<string>[] =>
  groups.map((g) => ({ value: g, label: g }));
