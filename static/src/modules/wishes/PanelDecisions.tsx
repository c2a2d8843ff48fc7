import Button from '@atlaskit/button/new';
import { Stack } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { ExternalLink } from '../../components/Links';
import { fieldMessage } from '../../lib/errors';
import { safeHttpUrl, todayIso } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { newEntryId } from '../../lib/wishes';
import { formBox, PanelSection, subtle, useStamp, useWishPanel, useWishWrite } from './panel-context';

interface Draft {
  id: string;
  date: string;
  decision: string;
  rationale: string;
  meetingReference: string;
}

const emptyDraft = (): Draft => ({
  id: newEntryId(),
  date: todayIso(),
  decision: '',
  rationale: '',
  meetingReference: '',
});

/** The coordination group's decisions on the wish: date, decision, rationale, meeting reference. */
export function PanelDecisions() {
  const { t, text, formatDate } = useI18n();
  const { view } = useWishPanel();
  const stamp = useStamp();
  const { wish, capabilities: can } = view;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const add = useWishWrite((d: Draft) => call('addWishDecision', d));
  const id = 'os2-wish-decision';
  const err = (field: string) => fieldMessage(add.error, `decisions.${field}`, text);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const decisions = [...wish.decisions].sort(
    (a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at),
  );

  return (
    <PanelSection id="wish-decisions" title={t('wish.decisions.heading')}>
      {decisions.length === 0 ? (
        <span style={subtle}>{t('wish.decisions.none')}</span>
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="wish-decision-list">
          {decisions.map((d) => (
            <li key={d.id}>
              <Stack space="space.025">
                <span>
                  <strong>{formatDate(d.date)}</strong> – {d.decision}
                </span>
                {d.rationale && <span>{d.rationale}</span>}
                {d.meetingReference && (
                  <span style={subtle}>
                    {t('wish.decisions.meeting')}:{' '}
                    {safeHttpUrl(d.meetingReference) ? (
                      <ExternalLink href={d.meetingReference} />
                    ) : (
                      d.meetingReference
                    )}
                  </span>
                )}
                <span style={subtle}>{t('wish.decisions.recordedBy', { who: stamp(d.by, d.at) })}</span>
              </Stack>
            </li>
          ))}
        </ol>
      )}
      {can.canDecide && (
        <form
          noValidate
          style={formBox}
          onSubmit={async (e) => {
            e.preventDefault();
            if (await add.run(draft)) setDraft(emptyDraft());
          }}
        >
          <Field id={`${id}-date`} label={t('wish.decisions.date')} error={err('date')} required>
            <TextField
              id={`${id}-date`}
              type="date"
              value={draft.date}
              onChange={(e) => set('date', (e.target as HTMLInputElement).value)}
              isInvalid={Boolean(err('date'))}
              aria-describedby={describedBy(`${id}-date`, { error: err('date') })}
              width={180}
            />
          </Field>
          <Field id={`${id}-decision`} label={t('wish.decisions.decision')} error={err('decision')} required>
            <TextArea
              id={`${id}-decision`}
              value={draft.decision}
              onChange={(e) => set('decision', e.target.value)}
              minimumRows={2}
              maxLength={1000}
              isInvalid={Boolean(err('decision'))}
              aria-required
              aria-describedby={describedBy(`${id}-decision`, { error: err('decision') })}
            />
          </Field>
          <Field id={`${id}-rationale`} label={t('wish.decisions.rationale')} error={err('rationale')}>
            <TextArea
              id={`${id}-rationale`}
              value={draft.rationale}
              onChange={(e) => set('rationale', e.target.value)}
              minimumRows={2}
              maxLength={2000}
              isInvalid={Boolean(err('rationale'))}
              aria-describedby={describedBy(`${id}-rationale`, { error: err('rationale') })}
            />
          </Field>
          <Field
            id={`${id}-meeting`}
            label={t('wish.decisions.meeting')}
            help={t('wish.decisions.meetingHelp')}
            error={err('meetingReference')}
          >
            <TextField
              id={`${id}-meeting`}
              value={draft.meetingReference}
              onChange={(e) => set('meetingReference', (e.target as HTMLInputElement).value)}
              maxLength={500}
              isInvalid={Boolean(err('meetingReference'))}
              aria-describedby={describedBy(`${id}-meeting`, { help: true, error: err('meetingReference') })}
            />
          </Field>
          {add.error && (
            <div role="alert">
              <ErrorMessage error={add.error} />
            </div>
          )}
          <div>
            <Button type="submit" isLoading={add.pending}>
              {t('wish.decisions.add')}
            </Button>
          </div>
        </form>
      )}
    </PanelSection>
  );
}
