import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ProductSettingsView } from '../../../../src/contract';
import {
  CATALOGUE_VERSION_INFO,
  CURRENT_CATALOGUE_VERSION,
  type CatalogueVersion,
  type Level,
} from '../../../../src/domain/catalogue/vocabulary';
import type { MemberRef, ProductGroup, ProductProfileFields } from '../../../../src/domain/product';
import { MultiChoice, SingleChoice, type ChoiceGroup } from '../../components/Choice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { errorDetails, fieldDetail } from '../../lib/errors';
import { LEVELS, levelName } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { CurrentLevelNote } from './CurrentLevelNote';

const GROUPS: readonly ProductGroup[] = ['steeringGroup', 'coordinationGroup', 'suppliers'];

/** A member as a select value: `user:<accountId>` or `role:<name>`. */
type MemberValue = `user:${string}` | `role:${string}`;

const encode = (ref: MemberRef): MemberValue =>
  ref.kind === 'user' ? `user:${ref.accountId}` : `role:${ref.role}`;
const decode = (value: MemberValue): MemberRef =>
  value.startsWith('user:')
    ? { kind: 'user', accountId: value.slice(5) }
    : { kind: 'role', role: value.slice(5) };

interface FormState extends Omit<ProductProfileFields, ProductGroup | 'commonBudgetDkk'> {
  steeringGroup: MemberValue[];
  coordinationGroup: MemberValue[];
  suppliers: MemberValue[];
  /** As typed; parsed on save. */
  commonBudgetDkk: string;
}

function formFrom(data: ProductSettingsView): FormState {
  const p = data.profile;
  return {
    productName: p?.productName ?? data.project.name,
    catalogueVersion: p?.catalogueVersion ?? CURRENT_CATALOGUE_VERSION,
    targetLevel: p?.targetLevel ?? 'sandkasse',
    githubUrl: p?.githubUrl ?? '',
    websiteUrl: p?.websiteUrl ?? '',
    tovholderAccountId: p?.tovholderAccountId ?? null,
    steeringGroup: (p?.steeringGroup ?? []).map(encode),
    coordinationGroup: (p?.coordinationGroup ?? []).map(encode),
    suppliers: (p?.suppliers ?? []).map(encode),
    organisations: p?.organisations ?? [],
    commonBudgetDkk: String(p?.commonBudgetDkk ?? 0),
  };
}

function toFields(form: FormState): ProductProfileFields {
  const budget = form.commonBudgetDkk.trim() === '' ? 0 : Number(form.commonBudgetDkk);
  return {
    ...form,
    productName: form.productName.trim(),
    githubUrl: form.githubUrl.trim(),
    websiteUrl: form.websiteUrl.trim(),
    steeringGroup: form.steeringGroup.map(decode),
    coordinationGroup: form.coordinationGroup.map(decode),
    suppliers: form.suppliers.map(decode),
    commonBudgetDkk: budget,
  };
}

/** The product profile of the project: which OS2 product it is, its catalogue, target level and groups. */
export function ProductSettingsForm({
  data,
  onSaved,
  onReload,
}: {
  data: ProductSettingsView;
  onSaved: (data: ProductSettingsView) => void;
  onReload: () => void;
}) {
  const { t, text } = useI18n();
  const [form, setForm] = useState<FormState>(() => formFrom(data));
  const [savedNote, setSavedNote] = useState(false);
  const saveButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const save = useAction(() =>
    call('saveProductSettings', { ...toFields(form), expectedVersion: data.profile?.version ?? 0 }),
  );
  const disabled = !data.canEdit;
  useFocusFirstInvalid(formRef, save.error);

  // A newer profile from the server (a reload after a conflict) starts the form over.
  const version = data.profile?.version ?? 0;
  useEffect(() => {
    setForm(formFrom(data));
  }, [version]);
  const id = 'os2-product';
  const details = errorDetails(save.error);
  /** The server's word on a field; a bare schema complaint becomes this form's own hint for it. */
  const err = (field: keyof FormState) => {
    const detail = fieldDetail(save.error, field);
    if (!detail) return undefined;
    if (typeof detail.message !== 'string') return text(detail.message);
    const hint = t(`settings.invalid.${field}`);
    return hint === `settings.invalid.${field}` ? detail.message : hint;
  };
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setSavedNote(false);
    setForm((f) => ({ ...f, [key]: value }));
  };

  const memberOptions: ChoiceGroup<MemberValue>[] = [
    {
      label: t('settings.people'),
      options: data.people.map((p) => ({ value: `user:${p.accountId}` as const, label: p.displayName })),
    },
    {
      label: t('settings.projectRoles'),
      options: data.roles.map((r) => ({
        value: `role:${r}` as const,
        label: t('settings.roleOption', { role: r }),
      })),
    },
  ];

  const onSubmit = async () => {
    const next = await save.run();
    if (!next) return;
    onSaved(next);
    setForm(formFrom(next));
    setSavedNote(true);
    saveButton.current?.focus();
    showFlag({
      id: `os2-settings-${Date.now()}`,
      type: 'success',
      title: t('settings.saved'),
      isAutoDismiss: true,
    });
  };

  const row = (children: ReactNode) => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))',
        gap: token('space.200'),
      }}
    >
      {children}
    </div>
  );

  const textField = (
    key: 'productName' | 'githubUrl' | 'websiteUrl',
    opts: { type?: string; required?: boolean; help?: string },
  ) => (
    <Field
      id={`${id}-${key}`}
      label={t(`settings.fields.${key}`)}
      help={opts.help}
      error={err(key)}
      required={opts.required}
    >
      <TextField
        id={`${id}-${key}`}
        type={opts.type ?? 'text'}
        value={form[key]}
        onChange={(e) => set(key, (e.target as HTMLInputElement).value)}
        isDisabled={disabled}
        isRequired={opts.required}
        isInvalid={Boolean(err(key))}
        aria-describedby={describedBy(`${id}-${key}`, { help: opts.help, error: err(key) })}
      />
    </Field>
  );

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      style={{ display: 'grid', gap: token('space.300'), maxWidth: 960 }}
    >
      {disabled && (
        <SectionMessage appearance="information" title={t('settings.readOnlyTitle')}>
          <p>{t('settings.readOnlyBody')}</p>
        </SectionMessage>
      )}
      {!data.profile && data.canEdit && (
        <SectionMessage appearance="discovery" title={t('settings.newTitle')}>
          <p>{t('settings.newBody')}</p>
        </SectionMessage>
      )}

      <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: token('space.200') }}>
        <legend>
          <Heading size="small" as="span">
            {t('settings.sections.product')}
          </Heading>
        </legend>
        {row(
          <>
            {textField('productName', { required: true })}
            <Field
              id={`${id}-catalogueVersion`}
              label={t('settings.fields.catalogueVersion')}
              error={err('catalogueVersion')}
            >
              <SingleChoice<CatalogueVersion>
                id={`${id}-catalogueVersion`}
                options={CATALOGUE_VERSION_INFO.map((v) => ({ value: v.id, label: text(v.label) }))}
                value={form.catalogueVersion}
                onChange={(v) => v && set('catalogueVersion', v)}
                isDisabled={disabled}
              />
            </Field>
          </>,
        )}
        {row(
          <>
            <Field
              id={`${id}-targetLevel`}
              label={t('settings.fields.targetLevel')}
              help={t('settings.targetLevelHelp')}
              error={err('targetLevel')}
            >
              <SingleChoice<Level>
                id={`${id}-targetLevel`}
                options={LEVELS.map((l) => ({ value: l, label: levelName(t, l) }))}
                value={form.targetLevel}
                onChange={(v) => v && set('targetLevel', v)}
                isDisabled={disabled}
                describedBy={`${id}-targetLevel-help`}
              />
            </Field>
            <CurrentLevelNote current={data.current} levelLabels={data.levelLabels} />
          </>,
        )}
        {row(
          <>
            {textField('githubUrl', { type: 'url', help: t('settings.urlHelp') })}
            {textField('websiteUrl', { type: 'url', help: t('settings.urlHelp') })}
          </>,
        )}
      </fieldset>

      <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: token('space.200') }}>
        <legend>
          <Heading size="small" as="span">
            {t('settings.sections.people')}
          </Heading>
        </legend>
        <div style={{ maxWidth: 460 }}>
          <Field
            id={`${id}-tovholder`}
            label={t('settings.fields.tovholder')}
            error={err('tovholderAccountId')}
          >
            <SingleChoice<string>
              id={`${id}-tovholder`}
              options={data.people.map((p) => ({ value: p.accountId, label: p.displayName }))}
              value={form.tovholderAccountId}
              onChange={(v) => set('tovholderAccountId', v)}
              isClearable
              isDisabled={disabled}
              placeholder={t('settings.nobody')}
            />
          </Field>
        </div>
        {GROUPS.map((group) => (
          <Field
            key={group}
            id={`${id}-${group}`}
            label={t(`settings.fields.${group}`)}
            help={t('settings.membersHelp')}
            error={err(group)}
          >
            <MultiChoice<MemberValue>
              id={`${id}-${group}`}
              options={memberOptions}
              value={form[group]}
              onChange={(v) => set(group, v)}
              isDisabled={disabled}
              isInvalid={Boolean(err(group))}
              placeholder={t('settings.membersPlaceholder')}
              describedBy={describedBy(`${id}-${group}`, { help: true, error: err(group) })}
            />
          </Field>
        ))}
      </fieldset>

      <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: token('space.200') }}>
        <legend>
          <Heading size="small" as="span">
            {t('settings.sections.community')}
          </Heading>
        </legend>
        <Field
          id={`${id}-organisations`}
          label={t('settings.fields.organisations')}
          help={t('settings.organisationsHelp', { count: form.organisations.length })}
          error={err('organisations')}
        >
          <MultiChoice<string>
            id={`${id}-organisations`}
            options={data.organisations.map((o) => ({ value: o, label: o }))}
            value={form.organisations}
            onChange={(v) => set('organisations', v)}
            isDisabled={disabled}
            isInvalid={Boolean(err('organisations'))}
            placeholder={t('settings.organisationsPlaceholder')}
            describedBy={describedBy(`${id}-organisations`, { help: true, error: err('organisations') })}
          />
        </Field>
        <div style={{ maxWidth: 260 }}>
          <Field
            id={`${id}-commonBudgetDkk`}
            label={t('settings.fields.commonBudgetDkk')}
            help={t('settings.budgetHelp')}
            error={err('commonBudgetDkk')}
          >
            <TextField
              id={`${id}-commonBudgetDkk`}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={form.commonBudgetDkk}
              onChange={(e) => set('commonBudgetDkk', (e.target as HTMLInputElement).value)}
              isDisabled={disabled}
              isInvalid={Boolean(err('commonBudgetDkk'))}
              elemAfterInput={
                <span style={{ paddingInlineEnd: token('space.100'), color: token('color.text.subtle') }}>
                  kr.
                </span>
              }
              aria-describedby={describedBy(`${id}-commonBudgetDkk`, {
                help: true,
                error: err('commonBudgetDkk'),
              })}
            />
          </Field>
        </div>
      </fieldset>

      {save.error && (
        <div role="alert">
          <ErrorMessage error={save.error} onReload={onReload} hideDetails={details.length > 0} />
        </div>
      )}
      {!disabled && (
        <div style={{ display: 'flex', gap: token('space.150'), alignItems: 'center' }}>
          <Button ref={saveButton} type="submit" appearance="primary" isLoading={save.pending}>
            {t('settings.save')}
          </Button>
          <span role="status" style={{ color: token('color.text.success') }}>
            {savedNote && t('settings.saved')}
          </span>
        </div>
      )}
    </form>
  );
}
