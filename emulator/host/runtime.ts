import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JiraEmulator } from '../jira/jira-emulator';
import { jiraFetch } from '../jira/jira-emulator';
import type { KvsEmulator } from '../kvs/kvs-emulator';
import { kvsFetch } from '../kvs/kvs-emulator';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './json-depth';
import type { HostManifest } from './manifest';
import { ROOT_DIR } from './manifest';
import { mulberry32 } from '../../demo/random';
import {
  AsyncEventQueue,
  consumersOf,
  type ConsumerModule,
  type DeliveryOutcome,
  type QueuedEvent,
} from './queue';

/** Forge's documented limits for a UI invocation (docs/forge-contracts.md). */
export const INVOCATION_LIMITS = {
  timeoutMs: 25_000,
  requestBytes: 500 * 1024,
  responseBytes: 5 * 1024 * 1024,
};

/** One finished invocation, as observers of the runtime see it (tests, the benchmark). */
export interface InvocationRecord {
  kind: 'resolver' | 'scheduledTrigger' | 'consumer';
  moduleKey: string;
  functionKey?: string;
  ms: number;
  ok: boolean;
}

interface Invocation {
  invocationId: string;
  accountId?: string;
  moduleKey: string;
  deadline: number;
}

export interface InvokeRequest {
  moduleKey: string;
  /** The module's context as the host rendered it (extension, localId, …). */
  context: Record<string, unknown>;
  functionKey: string;
  payload?: unknown;
  /** The principal: the persona the request is made as. Undefined = anonymous. */
  accountId?: string;
}

export type InvokeResult = { ok: true; body: unknown } | { ok: false; status: number; message: string };

type Handler = (
  event: { call: { functionKey: string; payload?: unknown }; context: Record<string, unknown> },
  runtime?: { principal?: { accountId: string }; installContext?: string; installation?: unknown },
) => Promise<unknown>;

export interface ForgeRuntimeOptions {
  manifest: HostManifest;
  jira: JiraEmulator;
  kvs: KvsEmulator;
  cloudId: string;
  siteUrl: string;
}

const PROXY_ERROR = 'forge-proxy-error';

/**
 * Plays the Forge function runtime around the real `@forge/*` packages: the two globals they need,
 * one per process, with each invocation's principal kept in AsyncLocalStorage so concurrent
 * invocations never see each other's user.
 */
export class ForgeRuntime {
  private readonly als = new AsyncLocalStorage<Invocation>();
  private handler?: Handler;
  private appModule?: Record<string, unknown>;
  readonly environmentId = 'a1b2c3d4-0000-4000-8000-00000000e0e0';
  readonly installationId = 'f0e1d2c3-0000-4000-8000-000000000001';

  /**
   * The limits in force; a test may lower the time limit to see work split across invocations
   * (the app plans by `getAppContext().invocationRemainingTimeInMillis()`, as on Forge).
   */
  readonly limits = { ...INVOCATION_LIMITS };
  /** The async event queues (`@forge/events`), delivering to the manifest's consumers. */
  readonly queue: AsyncEventQueue;
  private readonly observers = new Set<(record: InvocationRecord) => void>();

  /** Set by `interleave`: how many event-loop turns a storage or Jira call waits, before and after. */
  private turns?: () => number;

  constructor(private readonly options: ForgeRuntimeOptions) {
    this.queue = new AsyncEventQueue(consumersOf(options.manifest), (consumer, event) =>
      this.runConsumer(consumer, event),
    );
  }

  /** Calls `observer` after every invocation; the answer stops it. */
  observe(observer: (record: InvocationRecord) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  private report(record: InvocationRecord): void {
    for (const observer of this.observers) observer(record);
  }

  /**
   * Makes concurrent invocations interleave at every storage and Jira call: each call waits a
   * seeded random number of event-loop turns (0 to `maxTurns`) before it reaches the emulator and
   * again before its answer returns, so a read and the write that follows it can be split by
   * another invocation's calls, as on Forge. Each seed is one reproducible schedule; `null` turns
   * it off (the emulators then answer at once, and invocations interleave only in a fixed order).
   */
  interleave(seed: number | null, maxTurns = 4): void {
    this.turns = seed === null ? undefined : turnsFrom(mulberry32(seed), maxTurns);
  }

  private async yieldTurns(): Promise<void> {
    const turns = this.turns?.() ?? 0;
    for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Installs the globals; must run before the app (and `@forge/kvs`) is imported. */
  installGlobals(): void {
    const { manifest, jira, kvs, cloudId } = this.options;
    const als = this.als;
    const runtimeSelf = this; // eslint-disable-line @typescript-eslint/no-this-alias
    const appCodeDir = prepareAppCodeDir();
    const g = globalThis as Record<string, unknown>;
    g.__forge_fetch__ = async (descriptor: Record<string, unknown>, urlPath: string, init?: RequestInit) => {
      await runtimeSelf.yieldTurns();
      const response = await forgeFetch(descriptor, urlPath, init);
      await runtimeSelf.yieldTurns();
      return response;
    };
    const forgeFetch = async (descriptor: Record<string, unknown>, urlPath: string, init?: RequestInit) => {
      const invocation = als.getStore();
      if (invocation && Date.now() > invocation.deadline) throw new Error('Forge invocation timed out');
      if (descriptor.type === 'kvs') {
        if (!manifest.scopes.includes('storage:app')) {
          return json(403, {
            code: 'SCOPE_NOT_GRANTED',
            message: "The app's manifest does not declare storage:app",
          });
        }
        return kvsFetch(kvs, urlPath, init);
      }
      if (descriptor.type === 'fpp' && descriptor.remote === 'stargate') {
        // The platform's own endpoints, as the app; only the async event queues are played here.
        if (descriptor.provider !== 'app') return proxyError(403, 'UNSUPPORTED_PROVIDER');
        return (await runtimeSelf.queue.fetch(urlPath, init)) ?? json(404, { message: 'Not found' });
      }
      if (descriptor.type === 'fpp' && descriptor.remote === 'jira') {
        if (descriptor.provider === 'app')
          return jiraFetch(jira, { kind: 'app' }, manifest.scopes, urlPath, init);
        if (descriptor.provider === 'none')
          return jiraFetch(jira, { kind: 'none' }, manifest.scopes, urlPath, init);
        const principal = invocation?.accountId;
        const requested = typeof descriptor.accountId === 'string' ? descriptor.accountId : principal;
        if (!principal || !requested) return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
        // Impersonating another user needs `allowImpersonation` in the manifest; this app never does.
        if (requested !== principal) return proxyError(403, 'IMPERSONATION_NOT_ALLOWED');
        return jiraFetch(jira, { kind: 'user', accountId: principal }, manifest.scopes, urlPath, init);
      }
      return proxyError(400, 'UNSUPPORTED_REMOTE');
    };
    g.__forge_runtime__ = {
      get appContext() {
        const inv = als.getStore();
        return {
          appId: manifest.appId,
          appVersion: '1.0.0',
          environmentId: runtimeSelf.environmentId,
          environmentType: 'DEVELOPMENT',
          invocationId: inv?.invocationId,
          installationId: runtimeSelf.installationId,
          moduleKey: inv?.moduleKey,
          license: undefined,
          installation: runtimeSelf.installation(),
          permissions: { scopes: manifest.scopes, external: {} },
        };
      },
      lambdaContext: {
        getRemainingTimeInMillis: () => {
          const inv = als.getStore();
          return inv ? Math.max(0, inv.deadline - Date.now()) : runtimeSelf.limits.timeoutMs;
        },
      },
      metrics: {
        counter: () => ({ incr: () => undefined }),
        timing: () => ({ measure: () => ({ stop: () => undefined }) }),
      },
      get aaid() {
        return als.getStore()?.accountId;
      },
      contextAri: `ari:cloud:jira::site/${cloudId}`,
      container: { appCodeDir },
      externalAuth: [],
    };
  }

  installation() {
    return {
      ari: { installationId: this.installationId },
      contexts: [{ cloudId: this.options.cloudId }],
    };
  }

  /** Loads the app's resolver handler (after `installGlobals`). */
  async loadApp(entry = path.join(ROOT_DIR, 'src', 'index.ts')): Promise<void> {
    const mod = (await import(entry)) as { handler?: Handler; default?: { handler?: Handler } };
    const handler = mod.handler ?? mod.default?.handler;
    if (!handler) throw new Error(`${entry} does not export 'handler'`);
    this.handler = handler;
    this.appModule = { ...(mod.default ?? {}), ...mod } as Record<string, unknown>;
  }

  /**
   * Runs a `scheduledTrigger` module's function as Forge does: as the app, with no user, within
   * the invocation time limit. The answer is the function's return value.
   */
  async runScheduledTrigger(triggerKey: string): Promise<InvokeResult> {
    const { manifest, cloudId } = this.options;
    const trigger = manifest.scheduledTriggers.find((t) => t.key === triggerKey);
    if (!trigger) return { ok: false, status: 404, message: `Unknown scheduled trigger '${triggerKey}'` };
    return this.runFunction('scheduledTrigger', trigger.key, trigger.function, (key) => [
      { context: { cloudId, moduleKey: key }, contextToken: randomUUID() },
      { installContext: `ari:cloud:jira::site/${cloudId}`, installation: this.installation() },
    ]);
  }

  /**
   * Delivers one async event to its consumer's function as Forge does: as the app, with no user,
   * within the function's time limit (`timeoutSeconds`, else the default). An `InvocationError`
   * answer (`{_retry: true}`) asks for a retry.
   */
  async runConsumer(consumer: ConsumerModule, event: QueuedEvent): Promise<DeliveryOutcome> {
    const { cloudId } = this.options;
    const result = await this.runFunction('consumer', consumer.key, consumer.function, () => [
      { ...event },
      { installContext: `ari:cloud:jira::site/${cloudId}`, installation: this.installation() },
    ]);
    if (!result.ok) return { ok: false, message: result.message };
    const answer = result.body as { _retry?: unknown; retryOptions?: { retryData?: unknown } } | null;
    if (answer && answer._retry === true)
      return { ok: true, retry: { retryData: answer.retryOptions?.retryData } };
    return { ok: true };
  }

  /** Runs a function module's export as the app, with no user, within its time limit. */
  private async runFunction(
    kind: InvocationRecord['kind'],
    moduleKey: string,
    functionKey: string,
    args: (moduleKey: string) => unknown[],
  ): Promise<InvokeResult> {
    if (!this.appModule) throw new Error('App not loaded');
    const fn = this.options.manifest.functions.find((f) => f.key === functionKey);
    const exportName = fn?.handler.split('.').pop() ?? '';
    const run = this.appModule[exportName];
    if (!fn || fn.handler !== `index.${exportName}` || typeof run !== 'function') {
      return { ok: false, status: 500, message: `Function '${functionKey}' is not exported by src/index.ts` };
    }
    const timeoutMs = fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : this.limits.timeoutMs;
    const invocation: Invocation = {
      invocationId: randomUUID(),
      moduleKey,
      deadline: Date.now() + timeoutMs,
    };
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    let outcome: InvokeResult;
    try {
      const result: unknown = await this.als.run(invocation, () =>
        Promise.race([
          (run as (...a: unknown[]) => Promise<unknown>)(...args(moduleKey)),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`Function timed out after ${timeoutMs / 1000} seconds`)),
              timeoutMs,
            );
          }),
        ]),
      );
      outcome = { ok: true, body: result === undefined ? {} : result };
    } catch (error) {
      outcome = { ok: false, status: 500, message: error instanceof Error ? error.message : String(error) };
    } finally {
      if (timer) clearTimeout(timer);
    }
    this.report({ kind, moduleKey, functionKey, ms: performance.now() - started, ok: outcome.ok });
    return outcome;
  }

  /** One resolver invocation, with Forge's size and time limits. */
  async invoke(request: InvokeRequest): Promise<InvokeResult> {
    if (!this.handler) throw new Error('App not loaded');
    const moduleKeys = new Set(this.options.manifest.uiModules.map((m) => m.key));
    if (!moduleKeys.has(request.moduleKey)) {
      return { ok: false, status: 400, message: `Unknown module '${request.moduleKey}'` };
    }
    // Forge carries the payload as JSON text: what cannot be written as such, or nests too deep to
    // read back safely, never reaches the function.
    let requestText: string;
    try {
      requestText = JSON.stringify({ payload: request.payload ?? null });
    } catch {
      return { ok: false, status: 400, message: 'The invocation payload cannot be serialised as JSON' };
    }
    if (jsonNestsDeeperThan(requestText)) {
      return {
        ok: false,
        status: 400,
        message: `The invocation payload is nested deeper than ${MAX_JSON_DEPTH} levels`,
      };
    }
    const requestSize = Buffer.byteLength(requestText);
    if (requestSize > INVOCATION_LIMITS.requestBytes) {
      return { ok: false, status: 413, message: `Invocation payload of ${requestSize} bytes exceeds 500 KB` };
    }
    const invocation: Invocation = {
      invocationId: randomUUID(),
      accountId: request.accountId,
      moduleKey: request.moduleKey,
      deadline: Date.now() + this.limits.timeoutMs,
    };
    const { cloudId, siteUrl } = this.options;
    const context = {
      ...request.context,
      cloudId,
      siteUrl,
      moduleKey: request.moduleKey,
      environmentId: this.environmentId,
      environmentType: 'DEVELOPMENT',
      accountType: request.accountId ? 'licensed' : 'anonymous',
    };
    const handler = this.handler;
    const timeoutMs = this.limits.timeoutMs;
    const started = performance.now();
    const report = (ok: boolean) =>
      this.report({
        kind: 'resolver',
        moduleKey: request.moduleKey,
        functionKey: request.functionKey,
        ms: performance.now() - started,
        ok,
      });
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await this.als.run(invocation, () =>
        Promise.race([
          handler(
            { call: { functionKey: request.functionKey, payload: request.payload }, context },
            {
              principal: request.accountId ? { accountId: request.accountId } : undefined,
              installContext: `ari:cloud:jira::site/${cloudId}`,
              installation: this.installation(),
            },
          ),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`Function timed out after ${timeoutMs / 1000} seconds`)),
              timeoutMs,
            );
          }),
        ]),
      );
      report(true);
      const body = result === undefined ? {} : result;
      const responseSize = Buffer.byteLength(JSON.stringify(body));
      if (responseSize > INVOCATION_LIMITS.responseBytes) {
        return {
          ok: false,
          status: 413,
          message: `Invocation response of ${responseSize} bytes exceeds 5 MB`,
        };
      }
      return { ok: true, body };
    } catch (error) {
      report(false);
      return { ok: false, status: 500, message: error instanceof Error ? error.message : String(error) };
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
}

function turnsFrom(random: () => number, maxTurns: number): () => number {
  return () => Math.floor(random() * (maxTurns + 1));
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function proxyError(status: number, code: string): Response {
  return new Response(null, { status, headers: { [PROXY_ERROR]: code } });
}

/** Backend `i18n` reads `<appCodeDir>/__LOCALES__/<locale>.json`, as in a deployed bundle. */
function prepareAppCodeDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'os2-forge-app-'));
  mkdirSync(path.join(dir, '__LOCALES__'));
  cpSync(path.join(ROOT_DIR, 'locales'), path.join(dir, '__LOCALES__'), { recursive: true });
  return dir;
}
