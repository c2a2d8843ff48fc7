import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { RequirementRow } from '../../../../src/contract';
import { useI18n } from '../../lib/i18n';
import { AssessmentEditor } from './AssessmentEditor';
import { useGovernance } from './context';
import { applyFilters, RequirementFilters, resetFilters, useRequirementFilters } from './RequirementFilters';
import {
  AssessmentText,
  cardStyle,
  Guidance,
  LinkedIssues,
  RequirementMeta,
  RequirementTitle,
} from './RequirementParts';

function ChecklistRow({ row }: { row: RequirementRow }) {
  const { t } = useI18n();
  const { can } = useGovernance();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const close = (didSave: boolean) => {
    returnFocus.current = true;
    setSaved(didSave);
    setEditing(false);
  };

  return (
    <li data-testid={`req-${row.id}`} style={cardStyle}>
      <RequirementTitle row={row} as="h3" />
      <RequirementMeta row={row} />
      <Guidance row={row} />
      {editing ? (
        <AssessmentEditor row={row} onSaved={() => close(true)} onCancel={() => close(false)} />
      ) : (
        <AssessmentText row={row} />
      )}
      <LinkedIssues row={row} />
      {can.canEditAssessment && !editing && (
        <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
          <Button
            ref={editButton}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
            aria-label={t('governance.checklist.editFor', { id: row.id })}
          >
            {t('common.edit')}
          </Button>
          <span role="status" style={{ color: token('color.text.success') }}>
            {saved && t('governance.checklist.saved', { id: row.id })}
          </span>
        </div>
      )}
    </li>
  );
}

const FILTER_ID = 'os2-checklist-filter';

/** Every requirement of the pinned catalogue, filterable, with the product's own answers. */
export function ChecklistTab() {
  const { t } = useI18n();
  const { view } = useGovernance();
  const [filters, setFilters] = useRequirementFilters();
  const rows = applyFilters(view.requirements, filters);

  return (
    <Stack space="space.200">
      <RequirementFilters
        idPrefix={FILTER_ID}
        value={filters}
        onChange={setFilters}
        shown={rows.length}
        total={view.requirements.length}
      />
      {rows.length === 0 ? (
        <EmptyState
          headingLevel={3}
          header={t('governance.filters.noMatch')}
          primaryAction={
            <Button onClick={() => resetFilters(FILTER_ID, setFilters)}>
              {t('governance.filters.reset')}
            </Button>
          }
        />
      ) : (
        <ul
          aria-label={t('governance.checklist.listLabel')}
          style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.150') }}
        >
          {rows.map((row) => (
            <ChecklistRow key={row.id} row={row} />
          ))}
        </ul>
      )}
    </Stack>
  );
}
