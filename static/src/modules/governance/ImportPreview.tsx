import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import type { ImportPreviewView } from '../../../../src/contract';
import type { Light } from '../../../../src/domain/assessment';
import { LightIndicator } from '../../components/LightIndicator';
import { SimpleTable } from '../../components/SimpleTable';
import { choiceLabel, KNOWN_STATUSES, LIGHTS } from '../../lib/governance';
import { useI18n, type Translate } from '../../lib/i18n';
import { useGovernance } from './context';
import { subtleText } from './RequirementParts';

const valueText = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;

/** A translated label for a machine name, or the name itself when there is none. */
function labelOr(t: Translate, key: string, fallback: string): string {
  const label = t(key);
  return label === key ? fallback : label;
}

export function formatLabel(t: Translate, format: string): string {
  if (/^[A-D]$/.test(format)) return t('governance.documents.preview.format.shape', { shape: format });
  const key = {
    json: 'json',
    'governance-report': 'governanceReport',
    'evaluation-report': 'evaluationReport',
  }[format];
  return key ? t(`governance.documents.preview.format.${key}`) : format;
}

/** One value as the server wrote it, in words: statuses and lights translated, text as text. */
function Value({ field, value }: { field: string; value: string }) {
  const { t } = useI18n();
  if (field === 'status') {
    if (value === '—' || value === '') return <span>{t('status.unanswered')}</span>;
    const known = KNOWN_STATUSES.find((s) => s === value);
    return <span>{known ? choiceLabel(t, known) : choiceLabel(t, 'other', value)}</span>;
  }
  if (field === 'light') {
    const light = LIGHTS.find((l) => l === value) as Light | undefined;
    if (light) return <LightIndicator light={light} showText />;
    return <span style={subtleText}>{t('governance.documents.preview.noLight')}</span>;
  }
  if (value.trim() === '') return <em style={subtleText}>{t('governance.documents.preview.empty')}</em>;
  return <span style={valueText}>{value}</span>;
}

function Part({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Stack space="space.100">
        <Heading size="xsmall" as="h4" id={id}>
          {title}
        </Heading>
        {intro && <p style={{ ...subtleText, margin: 0 }}>{intro}</p>}
        {children}
      </Stack>
    </section>
  );
}

const list = { margin: 0, paddingInlineStart: token('space.300') } as const;

/** What an import would do, before anything is written: every change, and what is kept or left out. */
export function ImportPreview({ preview, source }: { preview: ImportPreviewView; source: string }) {
  const { t, text, formatNumber } = useI18n();
  const { view } = useGovernance();
  const names = new Map(view.requirements.map((r) => [r.id, text(r.name)]));
  const fieldLabel = (field: string) => labelOr(t, `governance.documents.preview.fields.${field}`, field);
  const requirement = (id: string) => (
    <span>
      <span style={{ fontFamily: token('font.family.code'), marginInlineEnd: token('space.075') }}>{id}</span>
      {names.get(id) ?? ''}
    </span>
  );
  const p = 'os2-import-preview';

  return (
    <Stack space="space.200">
      <div>
        <h3 id={`${p}-heading`} tabIndex={-1} style={{ margin: 0 }}>
          <Heading size="small" as="span">
            {t('governance.documents.preview.heading')}
          </Heading>
        </h3>
        <p style={{ ...subtleText, margin: `${token('space.050')} 0 0` }}>
          {t('governance.documents.preview.source', { source, format: formatLabel(t, preview.format) })}
        </p>
      </div>
      <p data-testid="import-counts" style={{ margin: 0, fontWeight: token('font.weight.semibold') }}>
        {t('governance.documents.preview.counts', {
          changes: formatNumber(preview.changes.length),
          unchanged: formatNumber(preview.unchanged),
        })}
      </p>

      {preview.changes.length === 0 ? (
        <SectionMessage appearance="information">
          <p>
            {t(
              preview.refused.length > 0
                ? 'governance.documents.preview.nothingImportable'
                : 'governance.documents.preview.nothingNew',
            )}
          </p>
        </SectionMessage>
      ) : (
        <Part id={`${p}-changes`} title={t('governance.documents.preview.changesHeading')}>
          <SimpleTable
            labelledBy={`${p}-changes`}
            testId="import-changes"
            dense
            columns={[
              { key: 'requirement', label: t('governance.documents.preview.requirement'), width: '30%' },
              { key: 'field', label: t('governance.documents.preview.field'), width: '12rem' },
              { key: 'before', label: t('governance.documents.preview.before') },
              { key: 'after', label: t('governance.documents.preview.after') },
            ]}
            rows={preview.changes.map((c, i) => ({
              key: `${c.requirementId}-${c.field}-${i}`,
              cells: {
                requirement: requirement(c.requirementId),
                field: fieldLabel(c.field),
                before: <Value field={c.field} value={c.before} />,
                after: <Value field={c.field} value={c.after} />,
              },
            }))}
          />
        </Part>
      )}

      {preview.refused.length > 0 && (
        <Part
          id={`${p}-refused`}
          title={t('governance.documents.preview.refusedHeading', { count: preview.refused.length })}
          intro={t('governance.documents.preview.refusedIntro')}
        >
          <SimpleTable
            labelledBy={`${p}-refused`}
            testId="import-refused"
            dense
            columns={[
              { key: 'requirement', label: t('governance.documents.preview.requirement'), width: '30%' },
              { key: 'field', label: t('governance.documents.preview.field'), width: '12rem' },
              { key: 'reason', label: t('governance.documents.preview.reason') },
            ]}
            rows={preview.refused.map((r, i) => ({
              key: `${r.requirementId}-${i}`,
              cells: {
                requirement: requirement(r.requirementId),
                field: fieldLabel(r.field),
                reason: <span style={valueText}>{text(r.message)}</span>,
              },
            }))}
          />
        </Part>
      )}

      {preview.kept.length > 0 && (
        <Part
          id={`${p}-kept`}
          title={t('governance.documents.preview.keptHeading', { count: preview.kept.length })}
          intro={t('governance.documents.preview.keptIntro')}
        >
          <SimpleTable
            labelledBy={`${p}-kept`}
            testId="import-kept"
            dense
            columns={[
              { key: 'requirement', label: t('governance.documents.preview.requirement'), width: '30%' },
              { key: 'field', label: t('governance.documents.preview.field'), width: '12rem' },
              { key: 'current', label: t('governance.documents.preview.current') },
            ]}
            rows={preview.kept.map((k, i) => ({
              key: `${k.requirementId}-${k.field}-${i}`,
              cells: {
                requirement: requirement(k.requirementId),
                field: fieldLabel(k.field),
                current: <Value field={k.field} value={k.current} />,
              },
            }))}
          />
        </Part>
      )}

      {preview.otherStatuses.length > 0 && (
        <Part
          id={`${p}-other`}
          title={t('governance.documents.preview.otherHeading', { count: preview.otherStatuses.length })}
          intro={t('governance.documents.preview.otherIntro')}
        >
          <ul style={list} data-testid="import-other">
            {preview.otherStatuses.map((o, i) => (
              <li key={`${o.requirementId}-${i}`}>
                {requirement(o.requirementId)}: <q style={valueText}>{o.text}</q>
              </li>
            ))}
          </ul>
        </Part>
      )}

      {preview.unmapped.length > 0 && (
        <Part
          id={`${p}-unmapped`}
          title={t('governance.documents.preview.unmappedHeading', { count: preview.unmapped.length })}
          intro={t('governance.documents.preview.unmappedIntro', { version: view.catalogueVersion })}
        >
          <SimpleTable
            labelledBy={`${p}-unmapped`}
            testId="import-unmapped"
            dense
            columns={[
              { key: 'line', label: t('governance.documents.preview.line'), width: '5rem', align: 'end' },
              { key: 'rawId', label: t('governance.documents.preview.rawId'), width: '10rem' },
              { key: 'text', label: t('governance.documents.preview.text') },
            ]}
            rows={preview.unmapped.map((u, i) => ({
              key: `${u.line}-${i}`,
              cells: {
                line: formatNumber(u.line),
                rawId: <span style={valueText}>{u.rawId || '—'}</span>,
                text: <span style={valueText}>{u.text}</span>,
              },
            }))}
          />
        </Part>
      )}

      {preview.warnings.length > 0 && (
        <Part
          id={`${p}-warnings`}
          title={t('governance.documents.preview.warningsHeading', { count: preview.warnings.length })}
        >
          <ul style={list} data-testid="import-warnings">
            {preview.warnings.map((w, i) => (
              <li key={`${w.line}-${i}`} style={valueText}>
                {t('governance.documents.preview.warning', { line: w.line, message: text(w.message) })}
              </li>
            ))}
          </ul>
        </Part>
      )}
    </Stack>
  );
}
