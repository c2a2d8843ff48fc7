import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ALL_SCOPES, type JiraEmulator } from '../jira/jira-emulator';
import { PEOPLE } from '../../demo/people';
import { PERSONAS } from '../../demo/personas';
import { cspHeader } from './csp';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './json-depth';
import type { HostManifest } from './manifest';
import { resolveResource, ROOT_DIR } from './manifest';
import type { ForgeRuntime } from './runtime';
import { renderShell, type ShellDeps } from './shell';
import { IMMUTABLE, isHashedAsset, REVALIDATE, sendStatic } from './static-files';

export type Persona = (typeof PERSONAS)[number];

export interface HostServerOptions {
  manifest: HostManifest;
  runtime: ForgeRuntime;
  jira: JiraEmulator;
  db: Database.Database;
  siteUrl: string;
  cloudId: string;
}

const PUBLIC_DIR = path.join(__dirname, 'public');
const PERSONA_COOKIE = 'os2-persona';
const LOCALE_COOKIE = 'os2-locale';
/** Scripts choose whom they act as with this header (a persona id or an accountId). */
export const PERSONA_HEADER = 'x-emulator-persona';
const MAX_BODY = 6 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function personaFromRequest(req: http.IncomingMessage): Persona {
  const header = req.headers[PERSONA_HEADER];
  const wanted =
    (Array.isArray(header) ? header[0] : header) ?? readCookie(req, PERSONA_COOKIE) ?? 'secretariat';
  const persona = PERSONAS.find((p) => p.id === wanted || p.accountId === wanted);
  if (!persona) throw new HttpError(400, `Unknown persona '${wanted}'`);
  return persona;
}

/**
 * Who calls the REST and invoke endpoints: a persona, or any seeded person named by account id in
 * the script header (tests act as the members of many organisations; the shell's switcher offers
 * the personas only).
 */
function callerFromRequest(req: http.IncomingMessage): { accountId: string } {
  const header = req.headers[PERSONA_HEADER];
  const wanted = Array.isArray(header) ? header[0] : header;
  const person = wanted ? PEOPLE.find((p) => p.accountId === wanted) : undefined;
  return person ?? personaFromRequest(req);
}

function readCookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if (jsonNestsDeeperThan(text)) {
    throw new HttpError(400, `Request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  try {
    const value = JSON.parse(text || '{}') as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'Request body must be a JSON object');
  }
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (body === undefined || status === 204) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const type = typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(status, { 'content-type': type, ...headers }).end(text);
}

/** A file, compressed and with validators (see static-files.ts); revalidated on each use unless told otherwise. */
function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  file: string,
  cacheControl = REVALIDATE,
): void {
  const stat = existsSync(file) ? statSync(file) : undefined;
  if (!stat?.isFile()) throw new HttpError(404, 'Not found');
  sendStatic(req, res, readFileSync(file), {
    contentType: MIME[path.extname(file)] ?? 'application/octet-stream',
    cacheControl,
    lastModified: stat.mtime,
  });
}

/** The local Forge host: a Jira-like shell, the Custom UI resources, the bridge endpoints and Jira's REST API. */
export function createHostServer(options: HostServerOptions): http.Server {
  const { manifest, runtime, jira, db } = options;
  db.exec('CREATE TABLE IF NOT EXISTS host_gadget_config (gadget_id TEXT PRIMARY KEY, config TEXT NOT NULL)');
  const gadgetConfig = {
    get(id: string): Record<string, unknown> {
      const row = db.prepare('SELECT config FROM host_gadget_config WHERE gadget_id = ?').get(id) as
        { config: string } | undefined;
      return row ? (JSON.parse(row.config) as Record<string, unknown>) : {};
    },
    set(id: string, config: unknown): void {
      db.prepare(
        'INSERT INTO host_gadget_config (gadget_id, config) VALUES (?, ?) ON CONFLICT(gadget_id) DO UPDATE SET config = excluded.config',
      ).run(id, JSON.stringify(config));
    },
  };
  const shellDeps: ShellDeps = {
    manifest,
    jira,
    siteUrl: options.siteUrl,
    cloudId: options.cloudId,
    gadgetConfig,
  };

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const p = url.pathname;

    if (p.startsWith('/rest/api/3/') || p.startsWith('/rest/agile/1.0/')) {
      const persona = callerFromRequest(req);
      const body = method === 'GET' || method === 'HEAD' ? null : await readBody(req);
      const answer = jira.handle({
        method,
        path: p + url.search,
        body,
        headers: flattenHeaders(req.headers),
        auth: { kind: 'user', accountId: persona.accountId },
        declaredScopes: ALL_SCOPES,
      });
      send(res, answer.status, answer.body, answer.headers);
      return;
    }

    if (p === '/forge/bridge/invoke' && method === 'POST') {
      const persona = callerFromRequest(req);
      const body = await readJson(req);
      if (typeof body.moduleKey !== 'string' || typeof body.functionKey !== 'string') {
        throw new HttpError(400, 'moduleKey and functionKey are required');
      }
      const context =
        typeof body.context === 'object' && body.context ? (body.context as Record<string, unknown>) : {};
      const result = await runtime.invoke({
        moduleKey: body.moduleKey,
        context,
        functionKey: body.functionKey,
        payload: body.payload,
        accountId: persona.accountId,
      });
      if (result.ok) send(res, 200, { body: result.body });
      else send(res, result.status, { message: result.message });
      return;
    }

    // Runs a scheduled trigger now, as the host's timer would (scripts and tests).
    const trigger = /^\/forge\/trigger\/([A-Za-z0-9_-]+)$/.exec(p);
    if (trigger && method === 'POST') {
      const result = await runtime.runScheduledTrigger(trigger[1]!);
      if (result.ok) send(res, 200, { body: result.body });
      else send(res, result.status, { message: result.message });
      return;
    }

    if (p === '/forge/bridge/fetch-product' && method === 'POST') {
      // requestJira from Custom UI always acts as the user, within the app's declared scopes.
      const persona = callerFromRequest(req);
      const body = await readJson(req);
      if (typeof body.restPath !== 'string' || !body.restPath.startsWith('/rest/')) {
        throw new HttpError(400, 'restPath must start with /rest/');
      }
      const headers = Object.fromEntries(
        (Array.isArray(body.headers) ? body.headers : []) as [string, string][],
      );
      const answer = jira.handle({
        method: typeof body.method === 'string' ? body.method : 'GET',
        path: body.restPath,
        body: typeof body.body === 'string' ? body.body : null,
        headers,
        auth: { kind: 'user', accountId: persona.accountId },
        declaredScopes: manifest.scopes,
      });
      send(res, 200, {
        status: answer.status,
        statusText: http.STATUS_CODES[answer.status] ?? '',
        headers: { 'content-type': 'application/json', ...answer.headers },
        body: answer.body === undefined ? null : JSON.stringify(answer.body),
      });
      return;
    }

    if (p === '/forge/bridge/gadget-config' && method === 'POST') {
      personaFromRequest(req);
      const body = await readJson(req);
      if (typeof body.gadgetId !== 'string') throw new HttpError(400, 'gadgetId is required');
      gadgetConfig.set(body.gadgetId, body.config ?? {});
      send(res, 204, undefined);
      return;
    }

    if (p === '/persona' && method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const id = form.get('persona') ?? '';
      if (!PERSONAS.some((persona) => persona.id === id)) throw new HttpError(400, `Unknown persona '${id}'`);
      const locale = form.get('locale') === 'en-US' ? 'en-US' : 'da-DK';
      const back = form.get('back') ?? '/';
      res.setHeader('set-cookie', [
        `${PERSONA_COOKIE}=${encodeURIComponent(id)}; Path=/; SameSite=Lax`,
        `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=Lax`,
      ]);
      send(res, 303, undefined, { location: back.startsWith('/') && !back.startsWith('//') ? back : '/' });
      return;
    }

    if (p === '/favicon.ico')
      return sendFile(req, res, path.join(ROOT_DIR, 'static', 'public', 'icons', 'os2.svg'));
    if (p === '/forge/bridge.js') return sendFile(req, res, path.join(PUBLIC_DIR, 'bridge.js'));
    if (p === '/forge/iframe-resizer.js') {
      return sendFile(req, res, require.resolve('iframe-resizer/js/iframeResizer.contentWindow.min.js'));
    }
    if (p === '/shell/iframe-resizer.js')
      return sendFile(req, res, require.resolve('iframe-resizer/js/iframeResizer.min.js'));
    if (p.startsWith('/shell/')) return sendFile(req, res, path.join(PUBLIC_DIR, path.basename(p)));
    if (p === '/csp-report' && method === 'POST') {
      console.warn('CSP violation:', await readBody(req));
      send(res, 204, undefined);
      return;
    }

    if (p.startsWith('/forge/resources/')) return serveResource(req, res, url);

    const persona = personaFromRequest(req);
    const locale = readCookie(req, LOCALE_COOKIE) === 'en-US' ? 'en-US' : 'da-DK';
    // Jira's colour mode for the user (a cookie here; `?theme=` overrides it in the shell).
    const colorMode = readCookie(req, 'os2-theme') === 'dark' ? 'dark' : 'light';
    const html = renderShell(shellDeps, { path: p, query: url.searchParams, persona, locale, colorMode });
    if (!html) throw new HttpError(404, 'No such page');
    send(res, html.status ?? 200, html.body, html.headers);
  }

  function serveResource(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    const [resourceKey, ...rest] = url.pathname.slice('/forge/resources/'.length).split('/');
    const resource = manifest.resources.find((r) => r.key === resourceKey);
    if (!resource) throw new HttpError(404, 'Unknown resource');
    const relative = rest.map(decodeURIComponent).join('/');
    if (relative.split('/').some((segment) => segment === '..')) throw new HttpError(400, 'Bad path');

    // Translations, served like `forge tunnel` does, relative to the resource page.
    if (relative.startsWith('__LOCALES__/')) {
      const name = relative.slice('__LOCALES__/'.length);
      if (name === 'i18n-info.json') {
        const translations = (manifest.raw.translations ?? {}) as {
          resources?: { key: string }[];
          fallback?: unknown;
        };
        send(res, 200, {
          translations: {},
          config: {
            locales: (translations.resources ?? []).map((r) => r.key),
            fallback: translations.fallback,
          },
        });
        return;
      }
      return sendFile(req, res, path.join(ROOT_DIR, 'locales', path.basename(name)));
    }

    const dir = path.join(ROOT_DIR, resource.path);
    const file = path.join(dir, relative);
    if (!file.startsWith(dir)) throw new HttpError(400, 'Bad path');
    // As Forge's CDN: content-hashed assets are cached for good, anything else is revalidated.
    if (!file.endsWith('.html'))
      return sendFile(req, res, file, isHashedAsset(relative) ? IMMUTABLE : REVALIDATE);

    const frame = url.searchParams.get('frame');
    if (!frame) throw new HttpError(400, 'A module page needs its frame context');
    if (!existsSync(file)) throw new HttpError(404, `No built entry ${relative}: run npm run build`);
    const html = readFileSync(file);
    const injected = injectBridge(html.toString('utf8'), frame, {
      frameId: url.searchParams.get('frameId') ?? 'frame',
      route: url.searchParams.get('route') ?? '/',
    });
    const host = req.headers.host ?? 'localhost';
    const csp = cspHeader(
      Buffer.from(injected),
      manifest.permissions,
      host.split(':')[0] ?? 'localhost',
      `http://${host}/csp-report`,
    );
    sendStatic(req, res, Buffer.from(injected), {
      contentType: MIME['.html']!,
      cacheControl: REVALIDATE,
      lastModified: statSync(file).mtime,
      headers: { 'content-security-policy': csp },
    });
  }

  return http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error(error);
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) send(res, status, { message });
      else res.end();
    });
  });
}

/** Bridge first in <head>, then the iframe resizer, as Jira does. */
export function injectBridge(
  html: string,
  frameContextJson: string,
  frame: { frameId: string; route: string },
): string {
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const tags =
    `<script src="/forge/bridge.js" data-frame-id="${attr(frame.frameId)}" data-route="${attr(frame.route)}"` +
    ` data-context="${attr(frameContextJson)}"></script>` +
    '<script async src="/forge/iframe-resizer.js"></script>';
  return html.replace(/<head([^>]*)>/i, (match) => match + tags);
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (typeof v === 'string') out[k] = v;
  return out;
}

export { resolveResource };
