import Resolver from '@forge/resolver';
import { contract, type FunctionKey } from './contract';
import { dispatch } from './app/dispatch';
import { handlers } from './app/handlers';

const resolver = new Resolver();
for (const key of Object.keys(contract) as FunctionKey[]) {
  resolver.define(key, (req) =>
    dispatch(key, handlers, req as { payload: unknown; context: Record<string, unknown> }),
  );
}

/** The one resolver function named in manifest.yml (`index.handler`). */
export const handler = resolver.getDefinitions();
