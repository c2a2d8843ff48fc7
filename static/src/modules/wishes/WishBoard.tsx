import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useRef, useState, type DragEvent } from 'react';
import type { WishRow } from '../../../../src/contract';
import {
  ALLOWED_TRANSITIONS,
  canTransition,
  needsReason,
  type WishStatus,
} from '../../../../src/domain/wish/vocabulary';
import { Field } from '../../components/Field';
import { IssueLink } from '../../components/Links';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useI18n, type Translate } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { statusLabel, WISH_STATUSES } from '../../lib/wishes';
import { ScoreText } from './WishStatusLozenge';

const DRAG_TYPE = 'application/x-os2-wish';

/** Why a wish cannot go from one status to another, and where it can go instead. */
const refusedText = (t: Translate, from: WishStatus, to: WishStatus) =>
  t('wish.board.refused', {
    from: statusLabel(t, from),
    to: statusLabel(t, to),
    allowed: ALLOWED_TRANSITIONS[from].map((s) => statusLabel(t, s)).join(', '),
  });

/**
 * The move form of one card: the allowed statuses as buttons (Tab and Enter), a reason where the
 * move needs one and the wish it duplicates for a duplicate; it moves through the triage resolver.
 */
function MoveMenu({
  row,
  initialTo,
  onMoved,
  onRefused,
  onClose,
}: {
  row: WishRow;
  initialTo: WishStatus | null;
  onMoved: (to: WishStatus) => void;
  onRefused: (message: string) => void;
  onClose: () => void;
}) {
  const { t, text } = useI18n();
  const [to, setTo] = useState<WishStatus | null>(initialTo);
  const [reason, setReason] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [missing, setMissing] = useState(false);
  const move = useAction((target: WishStatus) =>
    call('bulkTransitionWishes', {
      items: [{ issueId: row.id, basedOn: row.statusChangedAt }],
      to: target,
      reason: reason.trim(),
      duplicateOf: duplicateOf.trim(),
    }),
  );
  const reasonNeeded = to !== null && needsReason(row.status, to);
  const duplicate = to === 'duplicate';
  const id = `wish-move-${row.key}`;

  const submit = async (target: WishStatus) => {
    if (
      (needsReason(row.status, target) && reason.trim() === '') ||
      (target === 'duplicate' && !duplicateOf.trim())
    ) {
      setTo(target);
      setMissing(true);
      return;
    }
    const result = await move.run(target);
    const outcome = result?.results[0];
    if (!outcome) return;
    if (outcome.ok) onMoved(target);
    else onRefused(outcome.message ? text(outcome.message) : t('wish.board.failed'));
  };

  return (
    <div
      role="group"
      aria-label={t('wish.board.moveLabel', { key: row.key })}
      data-testid={`${id}-menu`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      style={{ display: 'grid', gap: token('space.050') }}
    >
      {ALLOWED_TRANSITIONS[row.status].map((s, i) => (
        <Button
          key={s}
          autoFocus={i === 0 && initialTo === null}
          appearance={to === s ? 'primary' : 'default'}
          aria-pressed={to === s}
          isLoading={move.pending && to === s}
          onClick={() => {
            setTo(s);
            setMissing(false);
            if (!needsReason(row.status, s) && s !== 'duplicate') void submit(s);
          }}
          testId={`${id}-to-${s}`}
        >
          {statusLabel(t, s)}
        </Button>
      ))}
      {to !== null && (reasonNeeded || duplicate) && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit(to);
          }}
          style={{ display: 'grid', gap: token('space.050') }}
        >
          {reasonNeeded && (
            <Field
              id={`${id}-reason`}
              label={t('wish.statusSection.reason')}
              required
              error={missing && reason.trim() === '' ? t('wish.statusSection.reasonRequired') : undefined}
            >
              <TextField
                id={`${id}-reason`}
                testId={`${id}-reason`}
                value={reason}
                autoFocus
                maxLength={1000}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            </Field>
          )}
          {duplicate && (
            <Field
              id={`${id}-duplicate`}
              label={t('wish.statusSection.duplicateOf')}
              required
              error={missing && duplicateOf.trim() === '' ? t('wish.board.duplicateRequired') : undefined}
            >
              <TextField
                id={`${id}-duplicate`}
                value={duplicateOf}
                autoFocus={!reasonNeeded}
                maxLength={30}
                onChange={(e) => setDuplicateOf(e.currentTarget.value)}
              />
            </Field>
          )}
          <Button type="submit" appearance="primary" isLoading={move.pending} testId={`${id}-confirm`}>
            {t('wish.board.moveTo', { status: statusLabel(t, to) })}
          </Button>
        </form>
      )}
      <Button appearance="subtle" onClick={onClose}>
        {t('wishIntake.cancel')}
      </Button>
    </div>
  );
}

/**
 * One column per status, cards by score; the same selection as the list feeds bulk triage. The
 * coordination group moves a card with its "Move to" menu (keyboard) or by dragging it onto
 * another column; only the lifecycle's allowed moves are offered or accepted, a refused one is
 * explained, and every outcome is announced in a live region.
 */
export function WishBoard({
  rows,
  selected,
  onSelect,
  canTriage,
  onMoved,
}: {
  rows: WishRow[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  canTriage: boolean;
  onMoved: () => void;
}) {
  const { t, text } = useI18n();
  const [menu, setMenu] = useState<{ id: string; to: WishStatus | null } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<WishRow | null>(null);
  // The card being dragged, readable in the drag events before React has re-rendered.
  const dragged = useRef<WishRow | null>(null);
  const [over, setOver] = useState<WishStatus | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement | null>());

  const refuse = (message: string) => setAnnouncement(message);
  const moved = (row: WishRow, to: WishStatus) => {
    setMenu(null);
    setAnnouncement(t('wish.board.moved', { key: row.key, status: statusLabel(t, to) }));
    onMoved();
  };
  const dropMove = useAction((row: WishRow, to: WishStatus) =>
    call('bulkTransitionWishes', {
      items: [{ issueId: row.id, basedOn: row.statusChangedAt }],
      to,
      reason: '',
      duplicateOf: '',
    }),
  );

  const lastOver = useRef<WishStatus | null>(null);
  /** Only an allowed column accepts the drop; entering any other says why not, once per column. */
  const enter = (e: DragEvent, status: WishStatus) => {
    const row = dragged.current;
    if (!row) return;
    if (canTransition(row.status, status)) e.preventDefault();
    if (lastOver.current === status) return;
    lastOver.current = status;
    setOver(status);
    if (row.status !== status && !canTransition(row.status, status))
      refuse(refusedText(t, row.status, status));
  };

  const onDrop = async (e: DragEvent, to: WishStatus) => {
    lastOver.current = null;
    e.preventDefault();
    setOver(null);
    const row = dragged.current;
    dragged.current = null;
    setDragging(null);
    if (!row || row.status === to) return;
    if (!canTransition(row.status, to)) return refuse(refusedText(t, row.status, to));
    // A move that needs a reason or the original's key opens the card's menu with the target chosen.
    if (needsReason(row.status, to) || to === 'duplicate') return setMenu({ id: row.id, to });
    const result = await dropMove.run(row, to);
    const outcome = result?.results[0];
    if (!outcome) return refuse(t('wish.board.failed'));
    if (outcome.ok) moved(row, to);
    else refuse(outcome.message ? text(outcome.message) : t('wish.board.failed'));
  };

  return (
    <>
      <div role="status" aria-live="polite" data-testid="wish-board-announcement">
        {announcement}
      </div>
      <div
        data-testid="wish-board"
        style={{
          display: 'flex',
          gap: token('space.150'),
          overflowX: 'auto',
          paddingBlockEnd: token('space.100'),
        }}
      >
        {WISH_STATUSES.map((status) => {
          const cards = rows.filter((r) => r.status === status).sort((a, b) => b.score - a.score);
          const headingId = `wish-board-${status}`;
          const allowed = dragging !== null && canTransition(dragging.status, status);
          const refused = dragging !== null && dragging.status !== status && !allowed;
          return (
            <section
              key={status}
              aria-labelledby={headingId}
              data-testid={`wish-column-${status}`}
              onDragEnter={(e) => enter(e, status)}
              onDragOver={(e) => enter(e, status)}
              onDragLeave={() => {
                if (lastOver.current === status) lastOver.current = null;
                setOver((o) => (o === status ? null : o));
              }}
              onDrop={(e) => void onDrop(e, status)}
              style={{
                flex: '0 0 13rem',
                background: token('elevation.surface.sunken'),
                borderRadius: token('radius.medium'),
                padding: token('space.100'),
                outline:
                  over === status
                    ? `${token('border.width.focused')} ${refused ? 'dashed' : 'solid'} ${token(
                        refused ? 'color.border.danger' : 'color.border.selected',
                      )}`
                    : undefined,
                opacity: refused ? 0.6 : 1,
              }}
            >
              <h3
                id={headingId}
                style={{ font: token('font.heading.xsmall'), margin: `0 0 ${token('space.100')}` }}
              >
                {statusLabel(t, status)}{' '}
                <span style={{ color: token('color.text.subtlest') }}>({cards.length})</span>
              </h3>
              <ul
                style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}
              >
                {cards.map((r) => (
                  <li
                    key={r.id}
                    data-testid={`wish-card-${r.key}`}
                    draggable={canTriage}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(DRAG_TYPE, r.id);
                      e.dataTransfer.effectAllowed = 'move';
                      dragged.current = r;
                      setDragging(r);
                    }}
                    onDragEnd={() => {
                      dragged.current = null;
                      lastOver.current = null;
                      setDragging(null);
                      setOver(null);
                    }}
                    style={{
                      background: token('elevation.surface.raised'),
                      boxShadow: token('elevation.shadow.raised'),
                      borderRadius: token('radius.small'),
                      padding: token('space.100'),
                      display: 'grid',
                      gap: token('space.050'),
                      cursor: canTriage ? 'grab' : undefined,
                    }}
                  >
                    <div
                      style={{ display: 'flex', justifyContent: 'space-between', gap: token('space.050') }}
                    >
                      <IssueLink issueKey={r.key} />
                      <span title={t('wish.list.score')}>
                        <VisuallyHidden>{t('wish.list.score')} </VisuallyHidden>
                        <ScoreText score={r.score} />
                      </span>
                    </div>
                    <span style={{ font: token('font.body.small') }}>{r.summary}</span>
                    <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
                      {t('wish.board.organisations', { count: r.organisationCount })}
                    </span>
                    {canTriage && (
                      <Checkbox
                        label={t('wish.list.select', { key: r.key })}
                        isChecked={selected.has(r.id)}
                        onChange={(e) => onSelect([r.id], e.target.checked)}
                      />
                    )}
                    {canTriage &&
                      (menu?.id === r.id ? (
                        <MoveMenu
                          row={r}
                          initialTo={menu.to}
                          onMoved={(to) => moved(r, to)}
                          onRefused={refuse}
                          onClose={() => {
                            setMenu(null);
                            moveButtons.current.get(r.id)?.focus();
                          }}
                        />
                      ) : (
                        <Button
                          ref={(el: HTMLButtonElement | null) => {
                            moveButtons.current.set(r.id, el);
                          }}
                          aria-haspopup="true"
                          aria-expanded={false}
                          onClick={() => setMenu({ id: r.id, to: null })}
                          testId={`wish-move-${r.key}`}
                        >
                          {t('wish.board.move')}
                        </Button>
                      ))}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}
