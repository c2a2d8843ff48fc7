/**
 * Jira's search index, which lags behind writes. JQL search (`/search/jql`) and the approximate count
 * read the index; every other endpoint reads the database. With a lag of 0 (the default) the index is
 * always current. With a lag, an issue written through REST keeps its last indexed state (or stays
 * unlisted, when it is new) in search results until `lagMs` after its latest write, as on Jira Cloud,
 * where read-after-write holds only for the ids a search names in `reconcileIssues` (at most 50).
 */
import { Snapshot } from './snapshot';
import type { JiraStore } from './store';
import type { IssueRecord } from './types';

interface Unindexed {
  /** The issue as the index still has it; null when the index has not seen it yet. */
  indexed: IssueRecord | null;
  properties: Map<string, unknown>;
  /** Epoch ms from which the index shows the issue as it is now. */
  until: number;
}

/** The environment variable that switches the lag on for every emulator of a process (tests, `npm start`). */
export const INDEX_LAG_ENV = 'OS2_INDEX_LAG_MS';

/** Jira documents at most 50 reconciled ids per search. */
export const MAX_RECONCILE_ISSUES = 50;

export function indexLagFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[INDEX_LAG_ENV];
  const ms = raw === undefined || raw.trim() === '' ? 0 : Number(raw);
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`${INDEX_LAG_ENV} must be a number of milliseconds`);
  return ms;
}

export class SearchIndex {
  private readonly unindexed = new Map<string, Unindexed>();
  /** Only writes made through REST lag (not seeding): set while a request is handled. */
  private capturing = false;

  constructor(
    private readonly store: JiraStore,
    public lagMs: number,
    private readonly clock: () => number = Date.now,
  ) {
    store.beforeIssueWrite = (issueId) => this.beforeWrite(issueId);
  }

  /** Runs a request; writes it makes reach the index only after the lag. */
  during<T>(fn: () => T): T {
    this.capturing = true;
    try {
      return fn();
    } finally {
      this.capturing = false;
    }
  }

  private beforeWrite(issueId: string): void {
    if (!this.capturing || this.lagMs <= 0) return;
    const now = this.clock();
    const until = now + this.lagMs;
    const pending = this.unindexed.get(issueId);
    if (pending && pending.until > now) {
      // Still unindexed: the index keeps the older state until the lag after this write too.
      pending.until = until;
      return;
    }
    const current = this.store.findIssue(issueId) ?? null;
    const properties = new Map(this.store.listProperties('issue', issueId).map((p) => [p.key, p.value]));
    this.unindexed.set(issueId, { indexed: current && Object.freeze(current), properties, until });
  }

  /** Epoch ms when every write made so far is indexed (now, when none is pending). */
  caughtUpAt(): number {
    let latest = this.clock();
    for (const entry of this.unindexed.values()) latest = Math.max(latest, entry.until);
    return latest;
  }

  /** What a search sees: the index, with the `reconcile` ids read as they are now. */
  view(site: string, reconcile: ReadonlySet<string>): Snapshot {
    const now = this.clock();
    for (const [id, entry] of this.unindexed) if (entry.until <= now) this.unindexed.delete(id);
    const stale = new Map([...this.unindexed].filter(([id]) => !reconcile.has(id)));
    return stale.size === 0 ? new Snapshot(this.store, site) : new IndexedSnapshot(this.store, site, stale);
  }
}

class IndexedSnapshot extends Snapshot {
  private indexedIssues?: readonly IssueRecord[];

  constructor(
    store: JiraStore,
    site: string,
    private readonly stale: ReadonlyMap<string, Unindexed>,
  ) {
    super(store, site);
  }

  override get issues(): readonly IssueRecord[] {
    this.indexedIssues ??= super.issues
      .flatMap((i) => {
        const entry = this.stale.get(i.id);
        return entry ? (entry.indexed ? [entry.indexed] : []) : [i];
      })
      .sort((a, b) => a.rank - b.rank || Number(a.id) - Number(b.id));
    return this.indexedIssues;
  }

  override issueProperties(issueId: string): Map<string, unknown> {
    return this.stale.get(issueId)?.properties ?? super.issueProperties(issueId);
  }
}
