import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { view } from '@forge/bridge';
import { useState, type FormEvent } from 'react';
import type { GadgetConfiguration } from '../../../src/contract';
import { SingleChoice } from '../components/Choice';
import { Field } from '../components/Field';
import { levelName } from '../lib/governance';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';
import { useFitContent } from '../lib/use-fit-content';
import { formConfiguration, GADGET_LEVELS, GADGET_SHOW } from './portfolio/gadget-config';

/** The gadget's edit view: which level to list, and all products or only those with an evaluation due. */
export default function GadgetEditModule({ context }: { context: ModuleContext }) {
  useFitContent();
  const { t } = useI18n();
  const [config, setConfig] = useState<GadgetConfiguration>(() =>
    formConfiguration(context.extension.gadgetConfiguration),
  );
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setFailed(false);
    try {
      // Jira stores the configuration and reloads the gadget with it in `extension.gadgetConfiguration`.
      await view.submit(config);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  return (
    <main data-module={context.moduleKey} style={{ padding: token('space.100') }}>
      <form onSubmit={(e) => void submit(e)} aria-label={t('portfolio.gadgetEdit.label')} noValidate>
        <Stack space="space.200">
          <Field id="gadget-level" label={t('portfolio.gadgetEdit.level')}>
            <SingleChoice
              id="gadget-level"
              testId="gadget-level"
              options={GADGET_LEVELS.map((level) => ({
                value: level,
                label: level === 'all' ? t('portfolio.filters.allLevels') : levelName(t, level),
              }))}
              value={config.level}
              onChange={(level) => setConfig({ ...config, level: level ?? 'all' })}
            />
          </Field>
          <Field id="gadget-show" label={t('portfolio.gadgetEdit.show')}>
            <SingleChoice
              id="gadget-show"
              testId="gadget-show"
              options={GADGET_SHOW.map((show) => ({
                value: show,
                label: show === 'due' ? t('portfolio.gadget.dueOnly') : t('portfolio.gadget.allDates'),
              }))}
              value={config.show}
              onChange={(show) => setConfig({ ...config, show: show ?? 'all' })}
            />
          </Field>
          {failed && (
            <SectionMessage appearance="error">
              <p>{t('portfolio.gadgetEdit.failed')}</p>
            </SectionMessage>
          )}
          <div>
            <Button type="submit" appearance="primary" isLoading={saving}>
              {t('common.save')}
            </Button>
          </div>
        </Stack>
      </form>
    </main>
  );
}
