import { createHash } from 'node:crypto';
import type http from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

/**
 * Static responses as Forge's CDN serves Custom UI resources: compressed by Accept-Encoding (br, then
 * gzip), with ETag and Last-Modified, 304 to a matching If-None-Match (or, without one, an
 * If-Modified-Since not older than the file), and Cache-Control by kind: content-hashed assets
 * (Vite's `name-<hash>.js`) are immutable for a year, everything else (HTML, translations, icons) is
 * revalidated on every use.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite's output names end in `-<8 characters of base64url hash>` before the extension. */
export function isHashedAsset(file: string): boolean {
  return /[-.][A-Za-z0-9_-]{8}\.(js|css|woff2?|svg|png)$/.test(file) && /(^|\/)assets\//.test(file);
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;
/** Below this a compressed body saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 1024;

export type Encoding = 'br' | 'gzip' | 'identity';

/** The best encoding the client accepts (q > 0), preferring br; `identity` when none. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

interface Variant {
  body: Buffer;
  etag: string;
}

/** Compressed bodies per content hash: assets do not change while the host runs, HTML rarely. */
const cache = new Map<string, Variant>();
const MAX_CACHED = 500;

function variant(body: Buffer, hash: string, encoding: Encoding): Variant {
  const key = `${hash}:${encoding}`;
  let found = cache.get(key);
  if (!found) {
    const encoded =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } })
        : encoding === 'gzip'
          ? gzipSync(body, { level: 9 })
          : body;
    // Each encoding is its own representation, so its own strong validator.
    found = { body: encoded, etag: `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"` };
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, found);
  }
  return found;
}

/** True when If-None-Match names this content, in whichever encoding the client got it before. */
function matches(ifNoneMatch: string, hash: string): boolean {
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || new RegExp(`^"${hash}(-(br|gzip))?"$`).test(tag));
}

export interface StaticOptions {
  contentType: string;
  cacheControl: string;
  lastModified?: Date;
  /** Further headers (CSP on HTML). */
  headers?: Record<string, string>;
}

/** Answers `req` with `body`: 304 when the client's copy is current, else 200 in the best accepted encoding. */
export function sendStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: Buffer,
  options: StaticOptions,
): void {
  const hash = createHash('sha1').update(body).digest('base64url').slice(0, 20);
  const compressible = COMPRESSIBLE.test(options.contentType) && body.length >= MIN_COMPRESS_BYTES;
  const encoding = compressible ? negotiateEncoding(req.headers['accept-encoding']) : 'identity';
  const chosen = variant(body, hash, encoding);
  // HTTP dates have whole seconds: compare and send those.
  const modified = options.lastModified
    ? Math.floor(options.lastModified.getTime() / 1000) * 1000
    : undefined;
  const headers: Record<string, string> = {
    'cache-control': options.cacheControl,
    etag: chosen.etag,
    ...(modified !== undefined ? { 'last-modified': new Date(modified).toUTCString() } : {}),
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
    ...options.headers,
  };

  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = req.headers['if-modified-since'];
  const fresh =
    ifNoneMatch !== undefined
      ? matches(ifNoneMatch, hash)
      : ifModifiedSince !== undefined && modified !== undefined && Date.parse(ifModifiedSince) >= modified;
  if (fresh && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'content-type': options.contentType,
    'content-length': String(chosen.body.length),
    ...(encoding !== 'identity' ? { 'content-encoding': encoding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : chosen.body);
}
