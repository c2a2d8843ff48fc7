import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FunctionKey, InputOf, WishPanelView } from '../../src/contract';

const ROOT = path.resolve(__dirname, '..', '..');

/** A host starts from the run's base database in a second or two; the margin is for a loaded machine. */
const START_TIMEOUT_MS = Number(process.env.OS2_HOST_START_TIMEOUT_MS ?? 180_000);

export interface HostProcess {
  url: string;
  dataDir: string;
  /** Milliseconds from spawn until the host printed its address. */
  startMs: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Stops every host this test file started and did not stop (say, because another start failed). */
export async function stopAllHostProcesses(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child)));
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      return resolve();
    }
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the local Forge host as `npm start` does (the built UI must exist), on a free port. A fresh
 * or reset data folder starts as a copy of the run's base database (`OS2_BASE_DB`, set by the jest
 * global setup) when there is one, instead of seeding.
 */
export async function startHostProcess(
  options: { dataDir?: string; reset?: boolean } = {},
): Promise<HostProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'os2-host-'));
  const base = process.env.OS2_BASE_DB;
  // One process (no npx/tsx wrapper), so a signal reaches the host itself.
  const args = [
    '--import',
    'tsx',
    'emulator/main.ts',
    '--data',
    dataDir,
    ...(options.reset ? ['--reset'] : []),
    ...(base ? ['--base', base] : []),
  ];
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`host did not start in ${START_TIMEOUT_MS} ms:\n${output}`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /http:\/\/localhost:\d+/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`host exited with ${code}:\n${output}`));
      });
    });
    const startMs = Date.now() - started;
    if (process.env.OS2_TEST_TIMING) console.log(`host process started in ${startMs} ms`);
    return { url, dataDir, startMs, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** The documented HTTP endpoint the injected bridge uses, for scripts and tests. */
export async function invokeOverHttp(
  url: string,
  persona: string,
  request: { moduleKey: string; extension?: Record<string, unknown>; functionKey: string; payload?: unknown },
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/forge/bridge/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-emulator-persona': persona },
    body: JSON.stringify({
      moduleKey: request.moduleKey,
      context: { extension: request.extension ?? {} },
      functionKey: request.functionKey,
      payload: request.payload ?? {},
    }),
  });
  return { status: response.status, body: await response.json() };
}

/** A resolver call on a wish's issue panel over the bridge's HTTP endpoint, as the UI makes it. */
export async function invokeOnWish<K extends FunctionKey>(
  url: string,
  wish: { id: string; key: string; project: { id: string; key: string } },
  persona: string,
  functionKey: K,
  payload: InputOf<K>,
): Promise<WishPanelView> {
  const result = await invokeOverHttp(url, persona, {
    moduleKey: 'os2-wish-panel',
    extension: { type: 'jira:issuePanel', issue: { id: wish.id, key: wish.key }, project: wish.project },
    functionKey,
    payload,
  });
  if (!result.body.body?.ok) throw new Error(`${functionKey}: ${JSON.stringify(result.body)}`);
  return result.body.body.data as WishPanelView;
}

/**
 * Jira REST of a running host as a persona, as the persona's own REST client would call it: no app
 * in between, the persona's own Jira permissions. The body is parsed JSON, undefined when empty.
 */
export async function jiraOverHttp(
  url: string,
  path: string,
  persona = 'secretariat',
  init: RequestInit = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'x-emulator-persona': persona, ...(init.headers ?? {}) },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** A new Story in a project, labelled as a development wish, created over Jira REST. */
export async function createWishIssue(
  url: string,
  projectKey: string,
  summary: string,
): Promise<{ id: string; key: string; project: { id: string; key: string } }> {
  const project = (await jiraOverHttp(url, `/rest/api/3/project/${projectKey}`)).body;
  const created = await jiraOverHttp(url, '/rest/api/3/issue', 'secretariat', {
    method: 'POST',
    body: JSON.stringify({
      fields: {
        project: { id: project.id },
        issuetype: { name: 'Story' },
        summary,
        labels: ['udviklingsønske'],
      },
    }),
  });
  if (created.status !== 201)
    throw new Error(`creating a wish: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.id, key: created.body.key, project: { id: project.id, key: project.key } };
}

/**
 * Waits out the host's search-index lag (the process inherits `OS2_INDEX_LAG_MS`): for a test that
 * looks at JQL later, as a person would, not straight after a write.
 */
export function afterIndexLag(): Promise<void> {
  const lag = Number(process.env.OS2_INDEX_LAG_MS ?? 0);
  return new Promise((resolve) => setTimeout(resolve, lag > 0 ? lag + 100 : 0));
}
