/**
 * JQL fields: what each one (and each indexed entity property) resolves its values to, which operators it
 * takes, how it matches an issue and how it sorts.
 */
import {
  ISSUE_TYPES,
  PRIORITIES,
  RESOLUTION_DONE,
  STATUS_CATEGORIES,
  STATUSES,
  statusByName,
  type CategoryKey,
} from './catalog';
import { adfToText } from './adf';
import { valuesAtPath, type IndexedValue } from './entity-index';
import {
  EQ,
  CMP,
  EMPTY_LITERAL,
  KNOWN_FUNCTIONS,
  ci,
  one,
  opt,
  functionName,
  functionArgs,
  comparison,
  valueField,
  resolver,
  textField,
  unknownFunction,
  badFunction,
  type FieldHandler,
  type JqlEnv,
  type Resolve,
  type SortKey,
} from './jql-operators';
import { dateFunction, parseJqlDate } from './time';
import type { IssueRecord } from './types';

export type { FieldHandler, JqlEnv, Predicate, SortKey } from './jql-operators';

// --- dates ---

function dateResolver(field: string, env: JqlEnv): Resolve<number> {
  return (operand, errors) => {
    if (operand.operandType === 'value') {
      const ms = parseJqlDate(operand.value, env.now);
      if (ms === undefined) {
        errors.push(
          `Date value '${operand.value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
        );
      }
      return one(ms);
    }
    const name = functionName(operand);
    const ms = dateFunction(name, functionArgs(operand), env.now);
    if (ms === undefined) {
      errors.push(KNOWN_FUNCTIONS.has(name.toLowerCase()) ? badFunction(name, field) : unknownFunction(name));
    }
    return one(ms);
  };
}

const dateField = (name: string, env: JqlEnv, get: (i: IssueRecord) => string | null): FieldHandler => {
  const ms = (i: IssueRecord) => opt(get(i)).map((d) => Date.parse(d));
  return valueField({
    name,
    operators: [...EQ, ...CMP],
    values: ms,
    resolve: dateResolver(name, env),
    sortKey: (i) => ms(i)[0] ?? null,
  });
};

const numberResolver =
  (field: string): Resolve<number> =>
  (operand, errors) => {
    const n = operand.operandType === 'value' && operand.value.trim() !== '' ? Number(operand.value) : NaN;
    if (Number.isNaN(n)) {
      errors.push(
        `The value '${operand.operandType === 'value' ? operand.value : functionName(operand)}' is invalid for the field '${field}'.`,
      );
      return undefined;
    }
    return [n];
  };

// --- users ---

function userResolver(field: string, env: JqlEnv): Resolve<string> {
  const users = [...env.snapshot.users.values()];
  return resolver(
    field,
    (v) =>
      one(
        users.find((u) => u.accountId === v || ci(u.emailAddress, v) || ci(u.displayName, v))?.accountId ??
          (v === env.perms.accountId ? v : undefined),
      ),
    {
      currentuser: () => [env.perms.accountId],
      membersof: ([group]) =>
        users.filter((u) => u.groups.some((g) => ci(g, group ?? ''))).map((u) => u.accountId),
    },
  );
}

const userField = (name: string, env: JqlEnv, get: (i: IssueRecord) => string | null): FieldHandler =>
  valueField({
    name,
    operators: EQ,
    values: (i) => opt(get(i)),
    resolve: userResolver(name, env),
    sortKey: (i) => env.snapshot.user(get(i))?.displayName.toLowerCase() ?? null,
  });

// --- issues by key ---

const KEY_RE = /^([A-Za-z][A-Za-z0-9_]*)-(\d+)$/;

function keyField(name: string, env: JqlEnv): FieldHandler {
  const s = env.snapshot;
  const visible = (i: IssueRecord | undefined) => {
    const p = i && s.project(i.projectId);
    return i && p && env.perms.canBrowse(p) ? i : undefined;
  };
  const find = (v: string) => visible(/^\d+$/.test(v) ? s.issue(v) : s.issues.find((i) => ci(i.key, v)));
  const number = (i: IssueRecord) => Number(i.key.split('-').pop());
  const sortKey: SortKey = (i) =>
    `${s.project(i.projectId)?.key ?? ''}\u0000${String(number(i)).padStart(12, '0')}`;
  const eq = valueField({
    name,
    operators: EQ,
    values: (i) => [i.id],
    sortKey,
    resolve: (operand, errors) => {
      if (operand.operandType !== 'value') {
        errors.push(badFunction(functionName(operand), name));
        return undefined;
      }
      const hit = find(operand.value);
      if (!hit) errors.push(`An issue with key '${operand.value}' does not exist for field '${name}'.`);
      return hit && [hit.id];
    },
  });
  return {
    sortKey,
    compile(op, operand, errors) {
      if (!CMP.includes(op)) return eq.compile!(op, operand, errors);
      const literal = operand && operand.operandType === 'value' ? operand.value : '';
      // Ids compare numerically across the site; keys within their project.
      if (/^\d+$/.test(literal)) return comparison(op, Number(literal), (i) => [Number(i.id)]);
      const m = KEY_RE.exec(literal);
      const project = m && s.projects.find((p) => ci(p.key, m[1]) && env.perms.canBrowse(p));
      if (!m || !project) {
        errors.push(`An issue with key '${literal}' does not exist for field '${name}'.`);
        return undefined;
      }
      const byNumber = comparison(op, Number(m[2]), (i) => [number(i)]);
      return (i) => i.projectId === project.id && byNumber(i);
    },
  };
}

// --- entity properties ---

function propertyField(name: string, iv: IndexedValue, env: JqlEnv): FieldHandler {
  const raw = (i: IssueRecord): unknown[] => {
    const props =
      iv.entityType === 'project'
        ? env.snapshot.projectProperties(i.projectId)
        : env.snapshot.issueProperties(i.id);
    return props.has(iv.propertyKey) ? valuesAtPath(props.get(iv.propertyKey), iv.path) : [];
  };
  const strings = (i: IssueRecord) =>
    raw(i)
      .filter((v) => ['string', 'number', 'boolean'].includes(typeof v))
      .map(String);
  switch (iv.type) {
    case 'number': {
      const nums = (i: IssueRecord) =>
        raw(i)
          .map((v) =>
            typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN,
          )
          .filter((n) => !Number.isNaN(n));
      return valueField({
        name,
        operators: [...EQ, ...CMP],
        values: nums,
        resolve: numberResolver(name),
        sortKey: (i) => nums(i)[0] ?? null,
      });
    }
    case 'date': {
      const dates = (i: IssueRecord) =>
        strings(i)
          .map((v) => parseJqlDate(v, env.now) ?? Date.parse(v))
          .filter((n) => !Number.isNaN(n));
      return valueField({
        name,
        operators: [...EQ, ...CMP],
        values: dates,
        resolve: dateResolver(name, env),
        sortKey: (i) => dates(i)[0] ?? null,
      });
    }
    case 'text':
      return textField(name, (i) => strings(i).join('\n'));
    case 'user':
      return valueField({
        name,
        operators: EQ,
        values: strings,
        resolve: resolver(name, (v) => [v], { currentuser: () => [env.perms.accountId] }),
        sortKey: (i) => strings(i)[0]?.toLowerCase() ?? null,
      });
    case 'string':
      return valueField({
        name,
        operators: EQ,
        values: strings,
        resolve: resolver(name, (v) => [v]),
        sortKey: (i) => strings(i)[0] ?? null,
      });
  }
}

// --- the field table ---

type Factory = (name: string, env: JqlEnv) => FieldHandler;

const SYSTEM_FIELDS: Record<string, Factory> = {
  project: (name, env) =>
    valueField({
      name,
      operators: EQ,
      values: (i) => [i.projectId],
      resolve: resolver(name, (v) =>
        one(
          env.snapshot.projects.find(
            (p) => (p.id === v || ci(p.key, v) || ci(p.name, v)) && env.perms.canBrowse(p),
          )?.id,
        ),
      ),
      sortKey: (i) => env.snapshot.project(i.projectId)?.name.toLowerCase() ?? null,
    }),
  issuetype: (name) =>
    valueField({
      name,
      operators: EQ,
      values: (i) => [i.issueType],
      resolve: resolver(name, (v) => one(ISSUE_TYPES.find((t) => t.id === v || ci(t.name, v))?.name), {
        standardissuetypes: () => ISSUE_TYPES.map((t) => t.name),
        subtaskissuetypes: () => [],
      }),
      sortKey: (i) => ISSUE_TYPES.findIndex((t) => t.name === i.issueType),
    }),
  status: (name) =>
    valueField({
      name,
      operators: EQ,
      values: (i) => [i.status],
      resolve: resolver(name, (v) => one(STATUSES.find((s) => s.id === v || ci(s.name, v))?.name)),
      sortKey: (i) => STATUSES.findIndex((s) => s.name === i.status),
    }),
  statuscategory: (name) =>
    valueField({
      name,
      operators: EQ,
      values: (i) => [statusByName(i.status).category],
      resolve: resolver(name, (v) =>
        one(
          Object.values(STATUS_CATEGORIES).find((c) => String(c.id) === v || ci(c.key, v) || ci(c.name, v))
            ?.key as CategoryKey,
        ),
      ),
      sortKey: (i) => Object.keys(STATUS_CATEGORIES).indexOf(statusByName(i.status).category),
    }),
  assignee: (name, env) => userField(name, env, (i) => i.assigneeId),
  reporter: (name, env) => userField(name, env, (i) => i.reporterId),
  creator: (name, env) => userField(name, env, (i) => i.creatorId),
  labels: (name) =>
    valueField({
      name,
      operators: EQ,
      values: (i) => i.labels.map((l) => l.toLowerCase()),
      resolve: resolver(name, (v) => [v.toLowerCase()]),
      sortKey: (i) => [...i.labels].sort()[0]?.toLowerCase() ?? null,
    }),
  key: keyField,
  created: (name, env) => dateField(name, env, (i) => i.created),
  updated: (name, env) => dateField(name, env, (i) => i.updated),
  resolved: (name, env) => dateField(name, env, (i) => i.resolutionDate),
  sprint: (name, env) => {
    const sprints = [...env.snapshot.sprints.values()];
    const byState =
      (...states: string[]) =>
      () =>
        sprints.filter((s) => states.includes(s.state)).map((s) => s.id);
    return valueField({
      name,
      operators: EQ,
      values: (i) => i.sprintIds,
      resolve: resolver(name, (v) => one(sprints.find((s) => String(s.id) === v || ci(s.name, v))?.id), {
        // Jira: openSprints() means not yet completed, so future sprints count too.
        opensprints: byState('active', 'future'),
        futuresprints: byState('future'),
        closedsprints: byState('closed'),
      }),
      sortKey: (i) => i.sprintIds.at(-1) ?? null,
    });
  },
  priority: (name) => {
    const weight = (n: string) => PRIORITIES.find((p) => p.name === n)?.weight ?? 0;
    return valueField({
      name,
      operators: [...EQ, ...CMP],
      values: (i) => [weight(i.priority)],
      resolve: resolver(name, (v) => one(PRIORITIES.find((p) => p.id === v || ci(p.name, v))?.weight)),
      sortKey: (i) => weight(i.priority),
    });
  },
  parent: (name, env) =>
    valueField({
      name,
      operators: EQ,
      values: (i) => opt(i.parentId),
      resolve: resolver(name, (v) => {
        const hit = /^\d+$/.test(v) ? env.snapshot.issue(v) : env.snapshot.issues.find((i) => ci(i.key, v));
        const p = hit && env.snapshot.project(hit.projectId);
        return hit && p && env.perms.canBrowse(p) ? [hit.id] : undefined;
      }),
      sortKey: (i) => (i.parentId ? (env.snapshot.issue(i.parentId)?.key ?? null) : null),
    }),
  resolution: (name) =>
    valueField({
      name,
      operators: EQ,
      values: (i) => (i.resolutionDate ? [RESOLUTION_DONE.name] : []),
      // `Unresolved` is Jira's name for EMPTY here.
      resolve: resolver(name, (v) =>
        ci(v, 'Unresolved')
          ? [EMPTY_LITERAL]
          : ci(v, RESOLUTION_DONE.name) || v === RESOLUTION_DONE.id
            ? [RESOLUTION_DONE.name]
            : undefined,
      ),
      sortKey: (i) => (i.resolutionDate ? 1 : null),
    }),
  storypoints: (name) =>
    valueField({
      name,
      operators: [...EQ, ...CMP],
      values: (i) => opt(i.storyPoints),
      resolve: numberResolver(name),
      sortKey: (i) => i.storyPoints,
    }),
  summary: (name) => textField(name, (i) => i.summary, true),
  description: (name) => textField(name, (i) => adfToText(i.description)),
  text: (name) => textField(name, (i) => `${i.summary}\n${adfToText(i.description)}`),
  comment: (name) => textField(name, () => ''),
  environment: (name) => textField(name, () => ''),
  rank: () => ({ sortKey: (i) => i.rank }),
};

const ALIASES: Record<string, string> = {
  type: 'issuetype',
  category: 'statuscategory',
  issuekey: 'key',
  id: 'key',
  issue: 'key',
  createddate: 'created',
  updateddate: 'updated',
  resolutiondate: 'resolved',
  'cf[10020]': 'sprint',
  'cf[10016]': 'storypoints',
  'story point estimate': 'storypoints',
  'story points': 'storypoints',
  'cf[10019]': 'rank',
  'epic link': 'parent',
  'cf[10014]': 'parent',
};

/**
 * The handler for a field as written, or undefined when Jira would say it does not exist. Built-in names come
 * first, then issue property aliases, then `project.<alias>`.
 */
export function lookupField(
  written: string,
  property: { key: string; path: string } | undefined,
  env: JqlEnv,
): FieldHandler | undefined {
  const lower = written.toLowerCase();
  if (property) {
    const iv =
      lower === 'issue.property' ? env.index.byPath(property.key, property.path, 'issue') : undefined;
    return iv && propertyField(`issue.property[${property.key}].${property.path}`, iv, env);
  }
  const system = SYSTEM_FIELDS[ALIASES[lower] ?? lower];
  if (system && lower !== 'storypoints') return system(written, env);
  const alias = env.index.byAlias(written, 'issue');
  if (alias) return propertyField(written, alias, env);
  if (lower.startsWith('project.')) {
    const p = env.index.byAlias(written.slice('project.'.length), 'project');
    if (p) return propertyField(written, p, env);
  }
  return undefined;
}
