import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { RequirementRow } from '../../../../src/contract';
import { LightIndicator } from '../../components/LightIndicator';
import { ExternalLink, IssueLink } from '../../components/Links';
import { IssueStatusLozenge, ModalityLozenge, StatusLozenge } from '../../components/StatusLozenge';
import { useI18n } from '../../lib/i18n';
import { useLevelLabel } from './context';

export const subtleText = { font: token('font.body.small'), color: token('color.text.subtle') } as const;

/** "F3 Udbudsregler og alm. lovformlighed er overholdt", as a heading of the given level. */
export function RequirementTitle({ row, as = 'h4' }: { row: RequirementRow; as?: 'h3' | 'h4' | 'h5' }) {
  const { text } = useI18n();
  return (
    <Heading size="xsmall" as={as}>
      <span style={{ fontFamily: token('font.family.code'), marginInlineEnd: token('space.100') }}>
        {row.id}
      </span>
      {text(row.name)}
    </Heading>
  );
}

/** Level, theme, modality, the product's answer and the light that counts now. */
export function RequirementMeta({
  row,
  showLevel = true,
  showTheme = true,
}: {
  row: RequirementRow;
  showLevel?: boolean;
  showTheme?: boolean;
}) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center' }}>
      {showLevel && <span style={subtleText}>{levelLabel(row.level)}</span>}
      {showTheme && <span style={subtleText}>{t(`themes.${row.theme}`)}</span>}
      <ModalityLozenge modality={row.modality} />
      <StatusLozenge status={row.status} />
      <LightIndicator light={row.light} showText />
      {!row.inScope && <Lozenge appearance="default">{t('governance.requirement.aboveTarget')}</Lozenge>}
    </div>
  );
}

/** The Jira issues created for (or linked to) a requirement, with their status. */
export function LinkedIssues({ row }: { row: RequirementRow }) {
  const { t } = useI18n();
  if (row.linkedIssues.length === 0) return null;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.100'), alignItems: 'center' }}>
      <span style={subtleText}>{t('governance.requirement.linkedIssues')}</span>
      <ul
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: token('space.100'),
          listStyle: 'none',
          margin: 0,
          padding: 0,
        }}
      >
        {row.linkedIssues.map((issue) => (
          <li
            key={issue.id}
            style={{ display: 'inline-flex', gap: token('space.050'), alignItems: 'center' }}
          >
            <IssueLink issueKey={issue.key} />
            <IssueStatusLozenge status={issue.status} category={issue.statusCategory} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** OS2's guidance for a requirement (Danish in the catalogue), folded away. */
export function Guidance({ row }: { row: RequirementRow }) {
  const { t } = useI18n();
  if (!row.guidance) return null;
  return (
    <details>
      <summary style={{ ...subtleText, cursor: 'pointer' }}>{t('governance.requirement.guidance')}</summary>
      <p lang="da" style={{ margin: `${token('space.050')} 0 0`, whiteSpace: 'pre-wrap' }}>
        {row.guidance}
      </p>
    </details>
  );
}

/** Read-only: the product's explanation, documentation and links, where given. */
export function AssessmentText({ row }: { row: RequirementRow }) {
  const { t, formatDate } = useI18n();
  const block = { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;
  if (!row.explanation && !row.documentation && row.links.length === 0 && !row.updatedAt) return null;
  return (
    <div style={{ display: 'grid', gap: token('space.050') }}>
      <dl style={{ margin: 0, padding: 0, display: 'grid', gap: token('space.050') }}>
        {row.explanation && (
          <>
            <dt style={subtleText}>{t('governance.requirement.explanation')}</dt>
            <dd style={block}>{row.explanation}</dd>
          </>
        )}
        {row.documentation && (
          <>
            <dt style={subtleText}>{t('governance.requirement.documentation')}</dt>
            <dd style={block}>{row.documentation}</dd>
          </>
        )}
        {row.links.length > 0 && (
          <>
            <dt style={subtleText}>{t('governance.requirement.links')}</dt>
            <dd style={{ margin: 0 }}>
              <ul style={{ margin: 0, paddingInlineStart: token('space.250') }}>
                {row.links.map((link, i) => (
                  <li key={i}>
                    <ExternalLink href={link} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {row.updatedAt && (
        <span style={subtleText}>
          {t('governance.requirement.updated', {
            date: formatDate(row.updatedAt),
            name: row.updatedBy?.displayName ?? '?',
          })}
        </span>
      )}
    </div>
  );
}

/** A bordered card for one requirement. */
export const cardStyle = {
  padding: token('space.150'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.small'),
  backgroundColor: token('elevation.surface'),
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.100'),
} as const;
