import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  IMMUTABLE,
  isHashedAsset,
  negotiateEncoding,
  REVALIDATE,
  sendStatic,
} from '../../emulator/host/static-files';

const BODY = Buffer.from(`export const answer = ${JSON.stringify('x'.repeat(4000))};\n`);
const MODIFIED = new Date('2026-12-01T10:00:00.500Z');

let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) =>
    sendStatic(req, res, req.url === '/tiny.js' ? Buffer.from('1') : BODY, {
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: req.url === '/app.html' ? REVALIDATE : IMMUTABLE,
      lastModified: MODIFIED,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Raw request (fetch would decode the body and hide Content-Encoding handling). */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(`${base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    },
  );
}

describe('static files as Forge serves them', () => {
  it('answers gzip when asked, with Vary, ETag, Last-Modified and the immutable policy', async () => {
    const res = await get('/assets/app-AbCd1234.js', { 'accept-encoding': 'gzip, deflate' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['last-modified']).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
    expect(res.headers.etag).toMatch(/^"[\w-]+-gzip"$/);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(BODY.length / 10);
    expect(gunzipSync(res.body).equals(BODY)).toBe(true);
  });

  it('prefers br, and sends the file as it is to a client that accepts neither', async () => {
    const br = await get('/a.js', { 'accept-encoding': 'gzip;q=1, br;q=0.5' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(BODY)).toBe(true);
    const plain = await get('/a.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(BODY)).toBe(true);
    expect(new Set([br.headers.etag, plain.headers.etag]).size).toBe(2);
  });

  it('answers 304 without a body to a matching If-None-Match, in any encoding of the same content', async () => {
    const first = await get('/a.js', { 'accept-encoding': 'gzip' });
    const again = await get('/a.js', { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe(IMMUTABLE);
    // The gzip copy validates a request that now gets br.
    const br = await get('/a.js', { 'accept-encoding': 'br', 'if-none-match': first.headers.etag! });
    expect(br.status).toBe(304);
    const stale = await get('/a.js', { 'accept-encoding': 'gzip', 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it('uses If-Modified-Since only without If-None-Match', async () => {
    expect((await get('/a.js', { 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' })).status).toBe(304);
    expect((await get('/a.js', { 'if-modified-since': 'Tue, 01 Dec 2026 09:59:59 GMT' })).status).toBe(200);
    const both = { 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT', 'if-none-match': '"other"' };
    expect((await get('/a.js', both)).status).toBe(200);
  });

  it('revalidates HTML on every use, and leaves tiny files uncompressed', async () => {
    expect((await get('/app.html', { 'accept-encoding': 'gzip' })).headers['cache-control']).toBe('no-cache');
    const tiny = await get('/tiny.js', { 'accept-encoding': 'gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('1');
  });

  it('recognises content-hashed assets and negotiates encodings', () => {
    expect(isHashedAsset('assets/framework-CYtfLied.js')).toBe(true);
    expect(isHashedAsset('assets/Choice-D_9IuA87.css')).toBe(true);
    expect(isHashedAsset('wish-badge.html')).toBe(false);
    expect(isHashedAsset('icons/os2.svg')).toBe(false);
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('gzip, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBe('identity');
  });
});
