import Select from '@atlaskit/select';

export interface ChoiceOption<V extends string> {
  value: V;
  label: string;
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
  return (
    <Select<ChoiceOption<V>, false>
      inputId={id}
      testId={testId}
      options={options}
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
  const all = flatten(options);
  return (
    <Select<ChoiceOption<V>, true>
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
