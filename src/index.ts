import Resolver from '@forge/resolver';
import { contract, type FunctionKey } from './contract';
import { dispatch } from './app/dispatch';
import { handlers } from './app/handlers';
import { consumeWishJobEvent, type ConsumedEvent } from './app/wish-jobs';
import { sweepWishIndex as runWishSweep, type SweepResult } from './app/wish-sweep';

const resolver = new Resolver();
for (const key of Object.keys(contract) as FunctionKey[]) {
  resolver.define(key, (req) =>
    dispatch(key, handlers, req as { payload: unknown; context: Record<string, unknown> }),
  );
}

/** The resolver function of every UI module (`index.handler` in manifest.yml). */
export const handler = resolver.getDefinitions();

/** The hourly scheduled trigger (`wish-index-sweep` in manifest.yml): wish index check and repair. */
export async function sweepWishIndex(): Promise<SweepResult> {
  const result = await runWishSweep();
  console.log(`wish index sweep: ${JSON.stringify(result)}`);
  return result;
}

/**
 * The consumer of the wish job queue (`wish-jobs` in manifest.yml): one slice of a long wish job.
 * A thrown error makes the platform deliver the event again, which re-runs the same slice.
 */
export async function wishJobConsumer(event: { body?: unknown }): Promise<ConsumedEvent> {
  const result = await consumeWishJobEvent(event);
  console.log(`wish job event: ${JSON.stringify(result)}`);
  return result;
}
