import { randomUUID } from 'node:crypto';
import type { HostManifest } from './manifest';

/**
 * Forge's async event queues as the local host plays them, at the network boundary: `@forge/events`
 * (the real package, inside the app) posts to the platform's queue endpoints through
 * `__forge_fetch__` as the app (`remote: 'stargate'`); this answers those requests and delivers
 * each event to the queue's consumer function through the same runtime as the resolvers.
 *
 * Limits, as the platform keeps them: at most 50 events and 200 KB per push, a delay of 0 to
 * 900 s, a queue must have a consumer in the manifest, and a failed invocation (an error, a time-out
 * or an `InvocationError` answer) is retried up to 4 times with its `retryContext`.
 */

export const QUEUE_LIMITS = {
  eventsPerPush: 50,
  pushBytes: 200 * 1024,
  maxDelaySeconds: 900,
  retries: 4,
};

const PATHS = {
  publish: '/webhook/queue/publish/',
  stats: '/webhook/queue/stats/',
  cancel: '/webhook/queue/cancel/',
};
/** What `@forge/events` sends: the proxy fills in these placeholders in production. */
const PLACEHOLDERS = '{contextAri}/{environmentId}/{appId}/{appVersion}';

export interface ConsumerModule {
  key: string;
  queue: string;
  function: string;
}

export interface QueuedEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  delayInSeconds?: number;
  retryContext?: { retryCount: number; retryReason: string; retryData: unknown };
}

/** How one delivery ended, as the runtime reports it. */
export type DeliveryOutcome = { ok: true; retry?: { retryData?: unknown } } | { ok: false; message: string };

export type Deliver = (consumer: ConsumerModule, event: QueuedEvent) => Promise<DeliveryOutcome>;

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
  cancelled: boolean;
}

export function consumersOf(manifest: HostManifest): ConsumerModule[] {
  const modules = (manifest.raw.modules ?? {}) as Record<string, unknown>;
  return (Array.isArray(modules.consumer) ? modules.consumer : []) as ConsumerModule[];
}

export class AsyncEventQueue {
  private readonly jobs = new Map<string, JobStats>();
  private pending = 0;
  private waiters: (() => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Every delivery as it ended, for tests and the benchmark. */
  readonly deliveries: { queueName: string; jobId: string; eventId: string; ok: boolean; retry: number }[] =
    [];

  constructor(
    private readonly consumers: ConsumerModule[],
    private readonly deliver: Deliver,
  ) {}

  /** Handles a request to the platform's queue endpoints; null for any other path. */
  async fetch(urlPath: string, init?: RequestInit): Promise<Response | null> {
    const route = Object.entries(PATHS).find(([, prefix]) => urlPath.startsWith(prefix));
    if (!route) return null;
    const [name, prefix] = route;
    if (urlPath.slice(prefix.length) !== PLACEHOLDERS)
      return json(404, { message: 'Unknown queue endpoint' });
    if ((init?.method ?? 'GET').toUpperCase() !== 'POST') return json(405, { message: 'POST only' });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(String(init?.body ?? '')) as Record<string, unknown>;
    } catch {
      return json(400, { message: 'The body is not JSON' });
    }
    if (name === 'publish') return this.publish(body, Buffer.byteLength(String(init?.body ?? '')));
    const job =
      typeof body.jobId === 'string' ? this.jobs.get(`${String(body.queueName)}/${body.jobId}`) : null;
    if (!job) return json(404, { message: 'No such job' });
    if (name === 'stats') {
      return json(200, { success: job.success, inProgress: job.inProgress, failed: job.failed });
    }
    job.cancelled = true;
    return new Response(null, { status: 204 });
  }

  private publish(body: Record<string, unknown>, bytes: number): Response {
    const { queueName, jobId, payload } = body as { queueName?: unknown; jobId?: unknown; payload?: unknown };
    if (typeof queueName !== 'string' || typeof jobId !== 'string' || !Array.isArray(payload)) {
      return json(400, { message: 'queueName, jobId and payload are required' });
    }
    const consumer = this.consumers.find((c) => c.queue === queueName);
    if (!consumer) return json(400, { message: `No consumer for the queue '${queueName}' in the manifest` });
    if (payload.length === 0 || payload.length > QUEUE_LIMITS.eventsPerPush) {
      return json(400, { message: `A push carries 1 to ${QUEUE_LIMITS.eventsPerPush} events` });
    }
    if (bytes > QUEUE_LIMITS.pushBytes + 1024) {
      return json(413, { errorMessage: `The events exceed ${QUEUE_LIMITS.pushBytes / 1024} KB` });
    }
    for (const event of payload as { body?: unknown; delayInSeconds?: unknown }[]) {
      const delay = event.delayInSeconds ?? 0;
      if (typeof event.body !== 'object' || event.body === null || Array.isArray(event.body)) {
        return json(400, { message: 'Every event needs an object body' });
      }
      if (typeof delay !== 'number' || delay < 0 || delay > QUEUE_LIMITS.maxDelaySeconds) {
        return json(400, { message: `delayInSeconds is 0 to ${QUEUE_LIMITS.maxDelaySeconds}` });
      }
    }
    const key = `${queueName}/${jobId}`;
    const job = this.jobs.get(key) ?? { success: 0, inProgress: 0, failed: 0, cancelled: false };
    this.jobs.set(key, job);
    for (const event of payload as { body: Record<string, unknown>; delayInSeconds?: number }[]) {
      job.inProgress += 1;
      this.schedule(
        consumer,
        job,
        { queueName, jobId, eventId: randomUUID(), body: event.body, delayInSeconds: event.delayInSeconds },
        (event.delayInSeconds ?? 0) * 1000,
      );
    }
    return json(201, {});
  }

  private schedule(consumer: ConsumerModule, job: JobStats, event: QueuedEvent, delayMs: number) {
    this.pending += 1;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.run(consumer, job, event).finally(() => {
        this.pending -= 1;
        if (this.pending === 0) for (const wake of this.waiters.splice(0)) wake();
      });
    }, delayMs);
    this.timers.add(timer);
  }

  private async run(consumer: ConsumerModule, job: JobStats, event: QueuedEvent): Promise<void> {
    if (job.cancelled) {
      job.inProgress -= 1;
      return;
    }
    const outcome = await this.deliver(consumer, event);
    const retryCount = event.retryContext?.retryCount ?? 0;
    this.deliveries.push({
      queueName: event.queueName,
      jobId: event.jobId,
      eventId: event.eventId,
      ok: outcome.ok && !outcome.retry,
      retry: retryCount,
    });
    if (outcome.ok && !outcome.retry) {
      job.inProgress -= 1;
      job.success += 1;
      return;
    }
    if (retryCount >= QUEUE_LIMITS.retries) {
      job.inProgress -= 1;
      job.failed += 1;
      return;
    }
    const retryContext = {
      retryCount: retryCount + 1,
      retryReason: outcome.ok ? 'FUNCTION_RETRY_REQUEST' : 'FUNCTION_UNHANDLED_ERROR',
      retryData: outcome.ok ? outcome.retry?.retryData : undefined,
    };
    // The platform backs off between attempts; here a short, growing pause keeps tests quick.
    this.schedule(consumer, job, { ...event, retryContext }, 50 * 2 ** retryCount);
  }

  /** Resolves once no event is waiting or running (the events that those push included). */
  settled(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Drops every waiting event (the host closes). */
  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = 0;
    for (const wake of this.waiters.splice(0)) wake();
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
