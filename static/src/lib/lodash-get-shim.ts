/**
 * Stands in for `lodash/get` in the browser build (aliased in static/vite.config.mts): its only user there is
 * @forge/i18n's nested-key lookup, which passes the path as an array of keys; lodash's version brings its
 * path parser and memoising cache (~20 KB). Same result as lodash for array paths.
 */
export default function get(
  object: unknown,
  path: readonly PropertyKey[] | string,
  defaultValue?: unknown,
): unknown {
  const keys = typeof path === 'string' ? path.split('.') : path;
  let value: unknown = object;
  let index = 0;
  while (value != null && index < keys.length)
    value = (value as Record<PropertyKey, unknown>)[keys[index++]!];
  const result = index > 0 && index === keys.length ? value : undefined;
  return result === undefined ? defaultValue : result;
}
