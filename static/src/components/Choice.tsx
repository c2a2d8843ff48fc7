import Select, { components, type MultiValueRemoveProps } from '@atlaskit/select';
import type { ReactNode } from 'react';
import { useI18n, type Translate } from '../lib/i18n';

export interface ChoiceOption<V extends string> {
  value: V;
  /** The words: what is searched, read out and shown. */
  label: string;
  /** A decorative icon before the words (aria-hidden), e.g. a light's shape. */
  icon?: ReactNode;
}

export interface ChoiceGroup<V extends string> {
  label: string;
  options: ChoiceOption<V>[];
}

interface Common {
  /** The id the Field's label points at. */
  id: string;
  isDisabled?: boolean;
  isInvalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  testId?: string;
}

/** An option's icon and words, inline; the plain label when it has no icon. */
const formatOptionLabel = <V extends string>(option: ChoiceOption<V>): ReactNode =>
  option.icon ? (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4em' }}>
      {option.icon}
      {option.label}
    </span>
  ) : (
    option.label
  );

/**
 * Atlaskit's Select speaks English to screen readers (live messages, "clear", "No options",
 * "…, remove"): these props say the same in the user's language. For every Select of the app.
 */
export function selectLabels(t: Translate) {
  return {
    ariaLiveMessages: {
      onChange: ({ action, label = '' }: { action: string; label?: string }) => {
        if (!label && action !== 'clear') return '';
        if (action === 'select-option') return t('choice.selected', { label });
        if (action === 'clear') return t('choice.cleared');
        if (['deselect-option', 'pop-value', 'remove-value'].includes(action))
          return t('choice.deselected', { label });
        return '';
      },
      onFilter: ({ inputValue, resultsMessage }: { inputValue: string; resultsMessage: string }) =>
        inputValue ? t('choice.filtered', { results: resultsMessage, input: inputValue }) : '',
    },
    screenReaderStatus: ({ count }: { count: number }) => t('choice.results', { count }),
    noOptionsMessage: () => t('choice.noOptions'),
    loadingMessage: () => t('common.loading'),
    clearControlLabel: t('choice.clear'),
    components: { MultiValueRemove },
  };
}

/** A chosen value's remove button, named in the user's language. */
function MultiValueRemove<V extends string>(props: MultiValueRemoveProps<ChoiceOption<V>, true>) {
  const { t } = useI18n();
  return (
    <components.MultiValueRemove
      {...props}
      innerProps={{ ...props.innerProps, 'aria-label': t('choice.remove', { label: props.data.label }) }}
    />
  );
}

const flatten = <V extends string>(options: readonly (ChoiceOption<V> | ChoiceGroup<V>)[]) =>
  options.flatMap((o) => ('options' in o ? o.options : [o]));

/** A single choice (Atlaskit Select) over string values. */
export function SingleChoice<V extends string>({
  id,
  options,
  value,
  onChange,
  isClearable,
  isDisabled,
  isInvalid,
  describedBy,
  placeholder,
  testId,
}: Common & {
  options: ChoiceOption<V>[];
  value: V | null;
  onChange: (value: V | null) => void;
  isClearable?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Select<ChoiceOption<V>, false>
      {...selectLabels(t)}
      inputId={id}
      testId={testId}
      options={options}
      formatOptionLabel={formatOptionLabel}
      value={options.find((o) => o.value === value) ?? null}
      onChange={(option) => onChange(option ? option.value : null)}
      isClearable={isClearable}
      isDisabled={isDisabled}
      isInvalid={isInvalid}
      aria-describedby={describedBy}
      placeholder={placeholder}
      menuPlacement="auto"
    />
  );
}

/** Several choices (searchable), optionally grouped. */
export function MultiChoice<V extends string>({
  id,
  options,
  value,
  onChange,
  isDisabled,
  isInvalid,
  describedBy,
  placeholder,
  testId,
}: Common & {
  options: (ChoiceOption<V> | ChoiceGroup<V>)[];
  value: readonly V[];
  onChange: (value: V[]) => void;
}) {
  const { t } = useI18n();
  const all = flatten(options);
  return (
    <Select<ChoiceOption<V>, true>
      {...selectLabels(t)}
      inputId={id}
      testId={testId}
      isMulti
      options={options}
      value={value.map((v) => all.find((o) => o.value === v) ?? { value: v, label: v })}
      onChange={(selected) => onChange(selected.map((o) => o.value))}
      isDisabled={isDisabled}
      isInvalid={isInvalid}
      aria-describedby={describedBy}
      placeholder={placeholder}
      menuPlacement="auto"
    />
  );
}
