/* eslint-disable @typescript-eslint/no-explicit-any -- Jira JSON rendered by the emulator shell */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JiraEmulator } from '../jira/jira-emulator';
import { ALL_SCOPES } from '../jira/jira-emulator';
import { PERSONAS } from '../../demo/personas';
import type { HostManifest, UiModule } from './manifest';
import { resolveResource, ROOT_DIR } from './manifest';

/** The Jira-like pages around the app's modules. Plain server-rendered HTML: it is the emulator, not the app. */

type Persona = (typeof PERSONAS)[number];
export type ShellLocale = 'da-DK' | 'en-US';
export type ColorMode = 'light' | 'dark';

export interface ShellDeps {
  manifest: HostManifest;
  jira: JiraEmulator;
  siteUrl: string;
  cloudId: string;
  gadgetConfig: { get(id: string): Record<string, unknown> };
}

export interface ShellRequest {
  path: string;
  query: URLSearchParams;
  persona: Persona;
  locale: ShellLocale;
  /** The user's Jira theme; light when absent. `?theme=dark|light` overrides it. */
  colorMode?: ColorMode;
}

/** The colour mode a page shows: the query's, else the user's, else light (Jira's default). */
function colorModeOf(req: ShellRequest): ColorMode {
  const wanted = req.query.get('theme');
  if (wanted === 'dark' || wanted === 'light') return wanted;
  return req.colorMode ?? 'light';
}

export interface ShellPage {
  status?: number;
  body: string;
  headers?: Record<string, string>;
}

export const ENVIRONMENT_ID = 'a1b2c3d4-0000-4000-8000-00000000e0e0';
export const DASHBOARD_ID = '10100';
export const GADGET_ID = '20100';

const esc = (value: unknown) =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function translations(locale: ShellLocale): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT_DIR, 'locales', `${locale}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

/** Resolves a manifest title (`{i18n: key}` or a string) the way Jira does, with the default locale as fallback. */
function title(value: unknown, locale: ShellLocale): string {
  if (typeof value === 'string') return value;
  const key = (value as { i18n?: string } | undefined)?.i18n;
  if (!key) return '';
  for (const l of [locale, 'en-US'] as const) {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], translations(l));
    if (typeof found === 'string') return found;
  }
  return key;
}

function jiraGet(deps: ShellDeps, persona: Persona, restPath: string): { status: number; body: any } {
  const answer = deps.jira.handle({
    method: 'GET',
    path: restPath,
    auth: { kind: 'user', accountId: persona.accountId },
    declaredScopes: ALL_SCOPES,
  });
  return { status: answer.status, body: answer.body as any };
}

let frameCounter = 0;

/** The iframe for one module, with the context that module's `view.getContext()` returns in Jira. */
function moduleFrame(
  deps: ShellDeps,
  req: ShellRequest,
  module: UiModule,
  extension: Record<string, unknown>,
  options: { route?: string; edit?: boolean; minHeight?: number } = {},
): string {
  const ref = options.edit ? module.edit?.resource : module.resource;
  if (!ref) throw new Error(`Module ${module.key} has no ${options.edit ? 'edit ' : ''}resource`);
  const { file } = resolveResource(deps.manifest, ref);
  const appUuid = deps.manifest.appId.split('/').pop();
  const context = {
    accountId: req.persona.accountId,
    cloudId: deps.cloudId,
    extension,
    environmentId: ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    localId: `ari:cloud:ecosystem::extension/${appUuid}/${ENVIRONMENT_ID}/static/${module.key}`,
    locale: req.locale,
    moduleKey: module.key,
    siteUrl: deps.siteUrl,
    timezone: 'Europe/Copenhagen',
    theme: { colorMode: colorModeOf(req) },
  };
  frameCounter += 1;
  const frameId = `${module.key}-${frameCounter}`;
  const resourceKey = ref.split('/')[0];
  const src =
    `/forge/resources/${resourceKey}/${file}?frameId=${encodeURIComponent(frameId)}` +
    `&route=${encodeURIComponent(options.route ?? '/')}&frame=${encodeURIComponent(JSON.stringify(context))}`;
  return (
    `<iframe class="forge-frame" id="${esc(frameId)}" data-module="${esc(module.key)}" title="${esc(title(module.title, req.locale))}"` +
    ` src="${esc(src)}" style="min-height:${options.minHeight ?? 200}px"` +
    ` sandbox="allow-downloads allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts"></iframe>`
  );
}

/** The page's own query for the module's route, without the host's persona and locale switches. */
function pageQuery(req: ShellRequest): string {
  const search = new URLSearchParams(req.query);
  search.delete('persona');
  search.delete('locale');
  search.delete('theme');
  return search.size > 0 ? `?${search}` : '';
}

function moduleOf(deps: ShellDeps, type: string): UiModule | undefined {
  return deps.manifest.uiModules.find((m) => m.type === type);
}

function layout(req: ShellRequest, heading: string, body: string, nav = ''): string {
  const options = PERSONAS.map(
    (p) =>
      `<option value="${p.id}"${p.id === req.persona.id ? ' selected' : ''}>${esc(p.labelEn)} — ${esc(p.displayName)}</option>`,
  ).join('');
  const locales = (['da-DK', 'en-US'] as const)
    .map(
      (l) =>
        `<option value="${l}"${l === req.locale ? ' selected' : ''}>${l === 'da-DK' ? 'Dansk' : 'English'}</option>`,
    )
    .join('');
  return `<!doctype html><html lang="${req.locale.slice(0, 2)}" data-color-mode="${colorModeOf(req)}"><head><meta charset="utf-8">
<title>${esc(heading)} — OS2 Jira (local Forge host)</title>
<link rel="stylesheet" href="/shell/shell.css"><script src="/shell/iframe-resizer.js"></script><script defer src="/shell/shell.js"></script></head>
<body><header class="topbar"><a class="brand" href="/">OS2 Jira <small>local Forge host</small></a>
<nav class="topnav"><a href="/">Projects</a><a href="/apps/os2-portfolio">OS2 portfolio</a><a href="/dashboard">Dashboard</a><a href="/admin">Apps (admin)</a></nav>
<form class="persona" method="post" action="/persona"><input type="hidden" name="back" value="${esc(req.path)}">
<label>Persona <select name="persona" id="persona-select">${options}</select></label>
<label>Language <select name="locale" id="locale-select">${locales}</select></label><button type="submit">Switch</button></form></header>
<div class="main">${nav ? `<aside class="sidebar">${nav}</aside>` : ''}<main class="content"><h1>${esc(heading)}</h1>${body}</main></div>
<div id="flags" aria-live="polite"></div></body></html>`;
}

function projectNav(
  deps: ShellDeps,
  req: ShellRequest,
  project: { key: string; name: string },
  active: string,
): string {
  const page = moduleOf(deps, 'jira:projectPage');
  const settings = moduleOf(deps, 'jira:projectSettingsPage');
  const link = (href: string, label: string, id: string) =>
    `<a href="${href}"${active === id ? ' aria-current="page"' : ''}>${esc(label)}</a>`;
  const sub = (page?.pages ?? [])
    .map((p) =>
      link(
        `/projects/${project.key}/apps/${page!.key}/${p.route}`,
        title(p.title, req.locale),
        `page:${p.route}`,
      ),
    )
    .join('');
  return (
    `<div class="project-name">${esc(project.name)}</div>` +
    link(`/projects/${project.key}/backlog`, 'Backlog', 'backlog') +
    (page ? `<div class="nav-group">${esc(title(page.title, req.locale))}</div>${sub}` : '') +
    (settings
      ? link(
          `/projects/${project.key}/settings`,
          `Settings: ${title(settings.title, req.locale)}`,
          'settings',
        )
      : '')
  );
}

function notFound(req: ShellRequest, what: string): ShellPage {
  return { status: 404, body: layout(req, 'Not found', `<p class="empty">${esc(what)}</p>`) };
}

function projectFor(deps: ShellDeps, req: ShellRequest, key: string) {
  const answer = jiraGet(deps, req.persona, `/rest/api/3/project/${encodeURIComponent(key)}`);
  return answer.status === 200
    ? (answer.body as { id: string; key: string; name: string; projectTypeKey?: string })
    : null;
}

function boardFor(deps: ShellDeps, req: ShellRequest, projectId: string) {
  const boards = jiraGet(deps, req.persona, `/rest/agile/1.0/board?projectKeyOrId=${projectId}`);
  return boards.status === 200
    ? (boards.body.values?.[0] as { id: number; type: string } | undefined)
    : undefined;
}

export function renderShell(deps: ShellDeps, req: ShellRequest): ShellPage | null {
  const parts = req.path.split('/').filter(Boolean).map(decodeURIComponent);

  if (parts.length === 0) {
    const answer = jiraGet(deps, req.persona, '/rest/api/3/project/search?maxResults=100');
    const projects = (answer.body?.values ?? []) as { id: string; key: string; name: string }[];
    const rows = projects
      .map(
        (p) =>
          `<tr><td><a href="/projects/${esc(p.key)}/apps/os2-project-page/governance">${esc(p.name)}</a></td><td>${esc(p.key)}</td>` +
          `<td><a href="/projects/${esc(p.key)}/backlog">Backlog</a> · <a href="/projects/${esc(p.key)}/settings">Settings</a></td></tr>`,
      )
      .join('');
    const body = projects.length
      ? `<table class="list"><thead><tr><th>Project</th><th>Key</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
      : `<p class="empty">${esc(req.persona.displayName)} cannot browse any project.</p>`;
    return { body: layout(req, 'Projects', body) };
  }

  if (parts[0] === 'projects' && parts[1]) {
    const project = projectFor(deps, req, parts[1]);
    if (!project)
      return notFound(req, `Project ${parts[1]} does not exist or you do not have permission to see it.`);
    const extensionBase = {
      project: { id: project.id, key: project.key, type: project.projectTypeKey ?? 'software' },
    };
    if (parts.length === 2)
      return {
        status: 302,
        body: '',
        headers: { location: `/projects/${project.key}/apps/os2-project-page/governance` },
      };

    if (parts[2] === 'apps' && parts[3]) {
      const module = deps.manifest.uiModules.find((m) => m.key === parts[3] && m.type === 'jira:projectPage');
      if (!module) return notFound(req, `No project page ${parts[3]}`);
      const route = parts[4] ?? module.pages?.[0]?.route ?? '';
      const board = boardFor(deps, req, project.id);
      const extension = {
        type: 'jira:projectPage',
        ...extensionBase,
        ...(board ? { board: { id: board.id, type: board.type } } : {}),
        location: `${deps.siteUrl}/jira/software/projects/${project.key}/apps/${module.key}/${route}`,
      };
      // The sub-page's query (the wishes list's filters and sort) reaches its history, as in Jira.
      const frame = moduleFrame(deps, req, module, extension, {
        route: `/${route}${pageQuery(req)}`,
        minHeight: 600,
      });
      return {
        body: layout(
          req,
          title(module.title, req.locale),
          frame,
          projectNav(deps, req, project, `page:${route}`),
        ),
      };
    }

    if (parts[2] === 'settings') {
      const module = moduleOf(deps, 'jira:projectSettingsPage');
      if (!module) return notFound(req, 'No settings page');
      const extension = {
        type: 'jira:projectSettingsPage',
        ...extensionBase,
        location: `${deps.siteUrl}/plugins/servlet/project-config/${project.key}`,
      };
      return {
        body: layout(
          req,
          title(module.title, req.locale),
          moduleFrame(deps, req, module, extension, { minHeight: 500 }),
          projectNav(deps, req, project, 'settings'),
        ),
      };
    }

    if (parts[2] === 'backlog') return renderBacklog(deps, req, project);
    return notFound(req, 'No such project page');
  }

  if (parts[0] === 'browse' && parts[1]) return renderIssue(deps, req, parts[1]);

  if (parts[0] === 'apps' && parts[1]) {
    const module = deps.manifest.uiModules.find((m) => m.key === parts[1] && m.type === 'jira:globalPage');
    if (!module) return notFound(req, `No global page ${parts[1]}`);
    // A global page with `pages` shows them in a sidebar, as Jira does; the route is the sub-page's.
    const pages = module.pages ?? [];
    const page = parts[2] ?? pages[0]?.route ?? '';
    if (pages.length > 0 && !pages.some((p) => p.route === page)) return notFound(req, 'No such page');
    const extension = {
      type: 'jira:globalPage',
      location: `${deps.siteUrl}/jira/apps/${module.key}${page ? `/${page}` : ''}`,
    };
    const nav = pages
      .map(
        (p) =>
          `<a href="/apps/${module.key}/${p.route}"${p.route === page ? ' aria-current="page"' : ''}>${esc(title(p.title, req.locale))}</a>`,
      )
      .join('');
    // The page's own query (filters, sort) reaches the module's history, as Jira keeps it in the URL.
    const path = parts.length > 2 ? parts.slice(2).join('/') : page;
    const route = `/${path}${pageQuery(req)}`;
    return {
      body: layout(
        req,
        title(module.title, req.locale),
        moduleFrame(deps, req, module, extension, { minHeight: 600, route }),
        nav ? `<div class="project-name">${esc(title(module.title, req.locale))}</div>${nav}` : undefined,
      ),
    };
  }

  if (parts[0] === 'admin') {
    const module = moduleOf(deps, 'jira:adminPage');
    if (!module) return notFound(req, 'No admin page');
    const extension = {
      type: 'jira:adminPage',
      location: `${deps.siteUrl}/jira/settings/apps/${module.key}`,
    };
    return {
      body: layout(
        req,
        title(module.title, req.locale),
        moduleFrame(deps, req, module, extension, { minHeight: 500 }),
      ),
    };
  }

  if (parts[0] === 'dashboard') {
    const module = moduleOf(deps, 'jira:dashboardGadget');
    if (!module) return notFound(req, 'No dashboard gadget');
    const editing = req.query.get('edit') === '1';
    const base = {
      type: 'jira:dashboardGadget',
      dashboard: { id: DASHBOARD_ID },
      gadget: { id: GADGET_ID },
      gadgetConfiguration: deps.gadgetConfig.get(GADGET_ID),
      location: `${deps.siteUrl}/jira/dashboards/${DASHBOARD_ID}`,
    };
    const frame = editing
      ? moduleFrame(deps, req, module, { ...base, entryPoint: 'edit' }, { edit: true, minHeight: 300 })
      : moduleFrame(deps, req, module, base, { minHeight: 300 });
    const body =
      `<section class="gadget"><div class="gadget-head"><h2>${esc(title(module.title, req.locale))}</h2>` +
      `<a class="button" href="/dashboard${editing ? '' : '?edit=1'}">${editing ? 'Done' : 'Edit gadget'}</a></div>${frame}</section>`;
    return { body: layout(req, 'Dashboard', body) };
  }

  return null;
}

type IssueRow = { id: string; key: string; fields: Record<string, any> };

function issueRow(issue: IssueRow): string {
  const f = issue.fields;
  return (
    `<tr><td><span class="type">${esc(f.issuetype?.name)}</span></td><td><a href="/browse/${esc(issue.key)}">${esc(issue.key)}</a></td>` +
    `<td>${esc(f.summary)}</td><td><span class="status">${esc(f.status?.name)}</span></td>` +
    `<td>${esc(f.assignee?.displayName ?? '')}</td><td class="num">${esc(f.customfield_10016 ?? '')}</td></tr>`
  );
}

function renderBacklog(
  deps: ShellDeps,
  req: ShellRequest,
  project: { id: string; key: string; name: string },
): ShellPage {
  const board = boardFor(deps, req, project.id);
  if (!board) return notFound(req, 'This project has no board.');
  const fields = 'summary,status,assignee,issuetype,customfield_10016';
  const sprints = jiraGet(deps, req.persona, `/rest/agile/1.0/board/${board.id}/sprint?state=active,future`);
  const sections: string[] = [];
  const table = (issues: IssueRow[]) =>
    issues.length
      ? `<table class="list"><thead><tr><th>Type</th><th>Key</th><th>Summary</th><th>Status</th><th>Assignee</th><th>SP</th></tr></thead><tbody>${issues.map(issueRow).join('')}</tbody></table>`
      : '<p class="empty">No issues</p>';
  for (const sprint of (sprints.body?.values ?? []) as { id: number; name: string; state: string }[]) {
    const issues = jiraGet(
      deps,
      req.persona,
      `/rest/agile/1.0/sprint/${sprint.id}/issue?fields=${fields}&maxResults=100`,
    );
    sections.push(
      `<h2>${esc(sprint.name)} <small>${esc(sprint.state)}</small></h2>${table(issues.body?.issues ?? [])}`,
    );
  }
  const backlog = jiraGet(
    deps,
    req.persona,
    `/rest/agile/1.0/board/${board.id}/backlog?fields=${fields}&maxResults=100`,
  );
  sections.push(`<h2>Backlog</h2>${table(backlog.body?.issues ?? [])}`);
  return {
    body: layout(
      req,
      `${project.name} backlog`,
      sections.join(''),
      projectNav(deps, req, project, 'backlog'),
    ),
  };
}

function renderIssue(deps: ShellDeps, req: ShellRequest, key: string): ShellPage {
  const answer = jiraGet(deps, req.persona, `/rest/api/3/issue/${encodeURIComponent(key)}?fields=*all`);
  if (answer.status !== 200)
    return notFound(req, 'Issue does not exist or you do not have permission to see it.');
  const issue = answer.body as IssueRow;
  const f = issue.fields;
  const extension = (type: string) => ({
    type,
    issue: { id: issue.id, key: issue.key, type: f.issuetype?.name, typeId: f.issuetype?.id },
    project: { id: f.project?.id, key: f.project?.key, type: 'software' },
    isNewToIssue: false,
    location: `${deps.siteUrl}/browse/${issue.key}`,
  });
  const panel = moduleOf(deps, 'jira:issuePanel');
  const context = moduleOf(deps, 'jira:issueContext');
  const description = adfToText(f.description);
  const body =
    `<div class="issue"><div class="issue-main"><h2>${esc(f.summary)}</h2>` +
    `<p class="meta"><span class="type">${esc(f.issuetype?.name)}</span> <span class="status">${esc(f.status?.name)}</span> Labels: ${esc((f.labels ?? []).join(', ') || '—')}</p>` +
    `<h3>Description</h3><div class="description">${description.map((p) => `<p>${esc(p)}</p>`).join('')}</div>` +
    (panel
      ? `<section class="panel"><h3>${esc(title(panel.title, req.locale))}</h3>${moduleFrame(deps, req, panel, extension('jira:issuePanel'), { minHeight: 400 })}</section>`
      : '') +
    `</div><aside class="issue-side"><dl><dt>Assignee</dt><dd>${esc(f.assignee?.displayName ?? 'Unassigned')}</dd>` +
    `<dt>Reporter</dt><dd>${esc(f.reporter?.displayName ?? '')}</dd><dt>Story points</dt><dd>${esc(f.customfield_10016 ?? '—')}</dd></dl>` +
    (context
      ? `<section class="context"><h3>${esc(title((context as any).label, req.locale))}</h3>${moduleFrame(deps, req, context, extension('jira:issueContext'), { minHeight: 120 })}</section>`
      : '') +
    `</aside></div>`;
  const project = { id: f.project?.id, key: f.project?.key, name: f.project?.name };
  return { body: layout(req, `${issue.key}`, body, projectNav(deps, req, project, '')) };
}

function adfToText(doc: any): string[] {
  if (!doc || !Array.isArray(doc.content)) return [];
  const text = (node: any): string =>
    node.type === 'text'
      ? String(node.text ?? '')
      : node.type === 'hardBreak'
        ? '\n'
        : Array.isArray(node.content)
          ? node.content.map(text).join('')
          : '';
  return doc.content.map(text).filter((t: string) => t.length > 0);
}
