import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline, Stack } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { WishSettingsValues, WishSettingsView } from '../../../../src/contract';
import type { ScoreFactorKey, WishJobProgress as Progress } from '../../../../src/domain/wish';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { View } from '../../components/View';
import { fieldMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { factorLabel, parseKroner, SCORE_FACTORS } from '../../lib/wishes';
import { StatusMappingSection } from './StatusMappingSection';
import { WishJobProgress } from './WishJobProgress';

interface Draft {
  weights: Record<ScoreFactorKey, string>;
  costCeilingDkk: string;
  commonBudgetSharePerWishDkk: string;
  wishIssueTypes: string[];
  statusCategories: WishSettingsValues['statusCategories'];
}

const draftOf = (s: WishSettingsValues): Draft => ({
  weights: Object.fromEntries(SCORE_FACTORS.map((k) => [k, String(s.weights[k])])) as Draft['weights'],
  costCeilingDkk: String(s.costCeilingDkk),
  commonBudgetSharePerWishDkk: String(s.commonBudgetSharePerWishDkk),
  wishIssueTypes: [...s.wishIssueTypes],
  statusCategories: { ...s.statusCategories },
});

function SettingsForm({ data, onSaved }: { data: WishSettingsView; onSaved: () => void }) {
  const { t, text, formatNumber, formatDate } = useI18n();
  const [view, setView] = useState(data);
  const [draft, setDraft] = useState<Draft>(() => draftOf(data.settings));
  const [job, setJob] = useState<Progress | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useAction((values: WishSettingsValues) =>
    call('saveWishSettings', { ...values, expectedVersion: view.settings.version }),
  );
  const id = 'os2-wish-settings';
  const disabled = !view.canEdit || save.pending;
  const kr = (n: number) => t('wish.kroner', { amount: formatNumber(n) });

  const submit = async () => {
    const weights = Object.fromEntries(
      SCORE_FACTORS.map((k) => [k, Number(draft.weights[k].replace(',', '.'))]),
    );
    const ceiling = parseKroner(draft.costCeilingDkk);
    const share = parseKroner(draft.commonBudgetSharePerWishDkk);
    if (
      Object.values(weights).some((w) => !Number.isFinite(w) || w < 0) ||
      ceiling === null ||
      share === null
    ) {
      setInvalid(t('wish.settings.invalid'));
      return;
    }
    setInvalid(null);
    const answer = await save.run({
      weights: weights as WishSettingsValues['weights'],
      costCeilingDkk: ceiling,
      commonBudgetSharePerWishDkk: share,
      wishIssueTypes: draft.wishIssueTypes,
      statusCategories: draft.statusCategories,
    });
    if (!answer) return;
    setView(answer.view);
    setDraft(draftOf(answer.view.settings));
    // The re-scoring runs on the server (on the queue for a large product); the bar follows it.
    setJob(answer.job);
  };

  return (
    <form
      noValidate
      data-testid="wish-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack space="space.200">
        <p style={{ margin: 0 }}>{t('wish.settings.intro')}</p>
        {!view.canEdit && (
          <p style={{ margin: 0, color: token('color.text.subtle') }}>{t('wish.settings.readOnly')}</p>
        )}
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: token('font.weight.semibold'), padding: 0 }}>
            {t('wish.settings.weights')}
          </legend>
          <Inline space="space.150" shouldWrap>
            {SCORE_FACTORS.map((k) => (
              <Field
                key={k}
                id={`${id}-w-${k}`}
                label={factorLabel(t, k)}
                help={t('wish.settings.default', { value: view.defaults.weights[k] })}
              >
                <TextField
                  id={`${id}-w-${k}`}
                  inputMode="decimal"
                  value={draft.weights[k]}
                  onChange={(e) =>
                    setDraft((d) => ({
                      ...d,
                      weights: { ...d.weights, [k]: (e.target as HTMLInputElement).value },
                    }))
                  }
                  isDisabled={disabled}
                  aria-describedby={describedBy(`${id}-w-${k}`, { help: true })}
                  width={90}
                  testId={`wish-weight-${k}`}
                />
              </Field>
            ))}
          </Inline>
        </fieldset>
        <Inline space="space.200" shouldWrap>
          <Field
            id={`${id}-ceiling`}
            label={t('wish.settings.costCeiling')}
            help={t('wish.settings.costCeilingHelp')}
          >
            <TextField
              id={`${id}-ceiling`}
              inputMode="numeric"
              value={draft.costCeilingDkk}
              onChange={(e) =>
                setDraft((d) => ({ ...d, costCeilingDkk: (e.target as HTMLInputElement).value }))
              }
              isDisabled={disabled}
              aria-describedby={describedBy(`${id}-ceiling`, { help: true })}
              width={160}
            />
          </Field>
          <Field
            id={`${id}-share`}
            label={t('wish.settings.commonShare')}
            help={t('wish.settings.commonShareHelp', { budget: kr(view.productCommonBudgetDkk) })}
            error={
              fieldMessage(save.error, 'commonBudgetSharePerWishDkk', text)
                ? t('wish.settings.shareTooHigh', { budget: kr(view.productCommonBudgetDkk) })
                : undefined
            }
          >
            <TextField
              id={`${id}-share`}
              inputMode="numeric"
              value={draft.commonBudgetSharePerWishDkk}
              onChange={(e) =>
                setDraft((d) => ({ ...d, commonBudgetSharePerWishDkk: (e.target as HTMLInputElement).value }))
              }
              isDisabled={disabled}
              aria-describedby={describedBy(`${id}-share`, { help: true })}
              width={160}
            />
          </Field>
        </Inline>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: token('font.weight.semibold'), padding: 0 }}>
            {t('wish.settings.issueTypes')}
          </legend>
          <Inline space="space.150" shouldWrap>
            {view.availableIssueTypes.map((type) => (
              <Checkbox
                key={type}
                label={type}
                isChecked={draft.wishIssueTypes.includes(type)}
                isDisabled={disabled}
                onChange={(e) =>
                  setDraft((d) => ({
                    ...d,
                    wishIssueTypes: e.target.checked
                      ? [...d.wishIssueTypes, type]
                      : d.wishIssueTypes.filter((x) => x !== type),
                  }))
                }
              />
            ))}
          </Inline>
        </fieldset>
        <StatusMappingSection
          value={draft.statusCategories}
          defaults={view.defaults.statusCategories}
          disabled={disabled}
          onChange={(statusCategories) => setDraft((d) => ({ ...d, statusCategories }))}
        />
        {view.settings.updatedAt && (
          <p style={{ margin: 0, color: token('color.text.subtle'), font: token('font.body.small') }}>
            {t('wish.settings.lastChanged', {
              who: view.settings.updatedBy?.displayName ?? t('wish.panel.unknownPerson'),
              when: formatDate(view.settings.updatedAt),
            })}
          </p>
        )}
        {invalid && (
          <div role="alert">
            <SectionMessage appearance="error">{invalid}</SectionMessage>
          </div>
        )}
        {save.error && (
          <div role="alert">
            <ErrorMessage error={save.error} />
          </div>
        )}
        {job && (
          <div data-testid="wish-reindex">
            <WishJobProgress key={job.jobId} job={job} onFinished={onSaved} />
          </div>
        )}
        {view.canEdit && (
          <div>
            <Button type="submit" appearance="primary" isLoading={save.pending} testId="wish-settings-save">
              {t('wish.settings.save')}
            </Button>
          </div>
        )}
      </Stack>
    </form>
  );
}

/** Score weights and the other per-product settings: visible to everyone (the score is transparent), editable by the coordination group. */
export function WishSettingsTab({ onSaved }: { onSaved: () => void }) {
  return (
    <View fn="getWishSettings" input={{}}>
      {(data) => <SettingsForm data={data} onSaved={onSaved} />}
    </View>
  );
}
