import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { Inline, Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { SimilarWish, WishIntakeView, WishSubmitted } from '../../../../src/contract';
import { SingleChoice } from '../../components/Choice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { IssueLink } from '../../components/Links';
import { fieldMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { newEntryId } from '../../lib/wishes';
import { WishStatusLozenge } from './WishStatusLozenge';

type TextKey = 'title' | 'problem' | 'value' | 'userStories' | 'acceptanceCriteria' | 'documentation';
const EMPTY: Record<TextKey, string> = {
  title: '',
  problem: '',
  value: '',
  userStories: '',
  acceptanceCriteria: '',
  documentation: '',
};
const AREAS: { key: Exclude<TextKey, 'title'>; required: boolean }[] = [
  { key: 'problem', required: true },
  { key: 'value', required: true },
  { key: 'userStories', required: false },
  { key: 'acceptanceCriteria', required: false },
  { key: 'documentation', required: false },
];

/**
 * "Submit a wish": the product (on the global page), the title with similar wishes suggested
 * while typing, and the requester's qualification items. One submission id per form, so a
 * retried submit creates one issue.
 */
export function SubmitWishForm({
  intake,
  onSubmitted,
  onCancel,
}: {
  intake: WishIntakeView;
  onSubmitted: (result: WishSubmitted) => void;
  onCancel: () => void;
}) {
  const { t, text } = useI18n();
  const [values, setValues] = useState(EMPTY);
  const [projectId, setProjectId] = useState<string | null>(intake.contextProjectId);
  const [similar, setSimilar] = useState<SimilarWish[]>([]);
  const [missing, setMissing] = useState<Set<TextKey | 'projectId'>>(new Set());
  const submissionId = useRef(newEntryId());
  const titleRef = useRef<HTMLInputElement>(null);
  const submit = useAction(() =>
    call('submitWish', {
      ...values,
      ...(intake.contextProjectId ? {} : { projectId: projectId ?? undefined }),
      submissionId: submissionId.current,
    }),
  );

  useEffect(() => titleRef.current?.focus(), []);

  // Similar titles, once the typing pauses (the server picks the words that matter).
  const title = values.title.trim().toLocaleLowerCase();
  useEffect(() => {
    if (title.length < 3 || !projectId) {
      setSimilar([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      call('findSimilarWishes', {
        title,
        ...(intake.contextProjectId ? {} : { projectId }),
      })
        .then((answer) => live && setSimilar(answer.similar))
        .catch(() => live && setSimilar([]));
    }, 350);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [title, projectId, intake.contextProjectId]);

  const set = (key: TextKey) => (text: string) => {
    setValues((v) => ({ ...v, [key]: text }));
    if (missing.has(key)) setMissing((m) => new Set([...m].filter((k) => k !== key)));
  };

  const onSubmit = async () => {
    const gaps = new Set<TextKey | 'projectId'>();
    if (!projectId) gaps.add('projectId');
    for (const key of ['title', 'problem', 'value'] as const) if (values[key].trim() === '') gaps.add(key);
    setMissing(gaps);
    if (gaps.size > 0) {
      document.getElementById(`wish-intake-${[...gaps][0]}`)?.focus();
      return;
    }
    const result = await submit.run();
    if (result) onSubmitted(result);
  };

  // The schema's refusals come in English; the known ones are said in the user's language.
  const known: Record<string, string> = {
    Required: 'wishIntake.required',
    'One line only': 'wishIntake.oneLine',
    'Only http(s) links are allowed': 'wishIntake.httpOnly',
    'Control characters are not allowed': 'wishIntake.controlChars',
  };
  const errorOf = (key: TextKey | 'projectId') => {
    if (missing.has(key)) return t('wishIntake.required');
    const message = fieldMessage(submit.error, key, text);
    return message && known[message] ? t(known[message]) : message;
  };

  return (
    <form
      data-testid="wish-intake-form"
      aria-labelledby="wish-intake-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      style={{
        border: `1px solid ${token('color.border')}`,
        borderRadius: token('radius.medium'),
        padding: token('space.200'),
        maxWidth: '48rem',
      }}
    >
      <Stack space="space.150">
        <h2 id="wish-intake-heading" style={{ margin: 0, font: token('font.heading.small') }}>
          {t('wishIntake.heading')}
        </h2>
        <p style={{ margin: 0, color: token('color.text.subtle') }}>
          {intake.myOrganisation
            ? t('wishIntake.requesterIs', { organisation: intake.myOrganisation })
            : t('wishIntake.noOrganisation')}
        </p>
        {!intake.contextProjectId && (
          <Field
            id="wish-intake-projectId"
            label={t('wishIntake.product')}
            required
            error={errorOf('projectId')}
          >
            <SingleChoice
              id="wish-intake-projectId"
              testId="wish-intake-product"
              options={intake.products.map((p) => ({
                value: p.projectId,
                label: `${p.productName} (${p.projectKey})`,
              }))}
              value={projectId}
              onChange={(v) => {
                setProjectId(v);
                setMissing((m) => new Set([...m].filter((k) => k !== 'projectId')));
              }}
              isInvalid={Boolean(errorOf('projectId'))}
              describedBy={describedBy('wish-intake-projectId', { error: errorOf('projectId') })}
              placeholder={t('wishIntake.chooseProduct')}
            />
          </Field>
        )}
        <Field
          id="wish-intake-title"
          label={t('wishIntake.fields.title')}
          help={t('wishIntake.help.title')}
          required
          error={errorOf('title')}
        >
          <TextField
            id="wish-intake-title"
            ref={titleRef}
            testId="wish-intake-title"
            value={values.title}
            maxLength={200}
            onChange={(e) => set('title')(e.currentTarget.value)}
            isInvalid={Boolean(errorOf('title'))}
            aria-describedby={describedBy('wish-intake-title', {
              help: true,
              error: errorOf('title'),
            })}
          />
        </Field>
        {similar.length > 0 && (
          <SectionMessage appearance="information" title={t('wishIntake.similarTitle')}>
            <p style={{ margin: 0 }}>{t('wishIntake.similarBody')}</p>
            <ul data-testid="wish-intake-similar" aria-live="polite" style={{ margin: 0 }}>
              {similar.map((s) => (
                <li key={s.id}>
                  <IssueLink issueKey={s.key} /> {s.summary} <WishStatusLozenge status={s.status} />{' '}
                  {t('wishIntake.similarOrganisations', { count: s.organisationCount })}
                </li>
              ))}
            </ul>
          </SectionMessage>
        )}
        {AREAS.map(({ key, required }) => (
          <Field
            key={key}
            id={`wish-intake-${key}`}
            label={t(`wishIntake.fields.${key}`)}
            help={t(`wishIntake.help.${key}`)}
            required={required}
            error={errorOf(key)}
          >
            <TextArea
              id={`wish-intake-${key}`}
              testId={`wish-intake-${key}`}
              value={values[key]}
              minimumRows={key === 'problem' ? 3 : 2}
              maxLength={4000}
              onChange={(e) => set(key)(e.currentTarget.value)}
              isInvalid={Boolean(errorOf(key))}
              aria-describedby={describedBy(`wish-intake-${key}`, { help: true, error: errorOf(key) })}
            />
          </Field>
        ))}
        {submit.error && <ErrorMessage error={submit.error} hideDetails />}
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={submit.pending} testId="wish-intake-submit">
            {t('wishIntake.submit')}
          </Button>
          <Button onClick={onCancel} isDisabled={submit.pending}>
            {t('wishIntake.cancel')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

/** What the submitter sees once Jira has the issue. */
export function SubmittedMessage({ result, onClose }: { result: WishSubmitted; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <SectionMessage appearance="success" title={t('wishIntake.submittedTitle')}>
      <Stack space="space.100">
        <p data-testid="wish-intake-submitted" style={{ margin: 0 }}>
          <IssueLink issueKey={result.issue.key} />{' '}
          {result.requester
            ? t('wishIntake.submittedBody', { organisation: result.requester })
            : t('wishIntake.submittedNoRequester')}
        </p>
        <div>
          <Button onClick={onClose}>{t('wishIntake.close')}</Button>
        </div>
      </Stack>
    </SectionMessage>
  );
}
