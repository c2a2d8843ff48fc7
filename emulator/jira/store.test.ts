// State lives in SQLite: a file database keeps it across emulator instances; ranks survive many moves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { JiraEmulator } from './jira-emulator';
import { ALL_SCOPES, ENTITY_PROPERTIES, makeSeed, MEMBER } from './test-fixture';

const call = (e: JiraEmulator, method: string, p: string, body?: unknown) =>
  e.handle({
    method,
    path: p,
    body: body === undefined ? null : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
    auth: { kind: 'user', accountId: MEMBER },
    declaredScopes: ALL_SCOPES,
  });

const backlog = (e: JiraEmulator) =>
  (
    call(e, 'GET', '/rest/agile/1.0/board/1/backlog?fields=summary').body as { issues: { key: string }[] }
  ).issues.map((i) => i.key);

describe('persistence', () => {
  it('keeps seed, writes and the entity-property index in a database file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jira-emulator-'));
    const file = path.join(dir, 'jira.db');
    try {
      const first = new JiraEmulator(new Database(file));
      expect(first.isSeeded()).toBe(false);
      first.load(makeSeed());
      first.entityPropertyIndex(ENTITY_PROPERTIES);
      expect(call(first, 'PUT', '/rest/api/3/issue/AB-9/properties/os2-wish', { score: 77 }).status).toBe(
        201,
      );

      const second = new JiraEmulator(new Database(file));
      expect(second.isSeeded()).toBe(true);
      expect(second.listProjects().map((p) => p.key)).toEqual(['AB', 'CD', 'EF']);
      const found = call(second, 'POST', '/rest/api/3/search/jql', {
        jql: 'os2WishScore = 77',
        fields: ['key'],
      });
      expect((found.body as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual(['AB-9']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rank', () => {
  it('keeps a consistent order when gaps run out and ranks are renumbered', () => {
    const e = new JiraEmulator(new Database(':memory:'));
    e.load(makeSeed());
    // Alternately moving two issues in front of each other halves the gap each time.
    for (let n = 0; n < 30; n++) {
      const [moving, anchor] = n % 2 ? ['AB-7', 'AB-6'] : ['AB-6', 'AB-7'];
      expect(
        call(e, 'PUT', '/rest/agile/1.0/issue/rank', { issues: [moving], rankBeforeIssue: anchor }).status,
      ).toBe(204);
    }
    expect(backlog(e).slice(0, 4)).toEqual(['AB-1', 'AB-5', 'AB-7', 'AB-6']);
    const ranks = (
      call(e, 'POST', '/rest/api/3/search/jql', {
        jql: 'project = AB ORDER BY rank',
        fields: ['customfield_10019'],
      }).body as { issues: { fields: { customfield_10019: string } }[] }
    ).issues.map((i) => i.fields.customfield_10019);
    expect([...ranks].sort()).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});
