import path from 'node:path';

/** Files under web/dist/assets carry a content hash in their name: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and other unhashed files: kept, but checked (ETag) before each use. */
export const REVALIDATE = 'no-cache';

/** Cache-Control for a file of the built web app (@fastify/static `setHeaders`). */
export function webCacheHeaders(webDist: string) {
  const assets = path.join(path.resolve(webDist), 'assets') + path.sep;
  return (res: { setHeader(name: string, value: string): unknown }, filePath: string) => {
    res.setHeader('cache-control', path.resolve(filePath).startsWith(assets) ? IMMUTABLE : REVALIDATE);
  };
}
