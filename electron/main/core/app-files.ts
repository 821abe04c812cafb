/**
 * Maps `app://` URLs to built files. Each host serves one folder of the build; anything that
 * would escape that folder, or an unknown host, resolves to null (404).
 */
import path from 'node:path';

export type AppRoots = Readonly<Record<string, string>>;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function resolveAppFile(rawUrl: string, roots: AppRoots): { file: string; mime: string } | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'app:' || !Object.hasOwn(roots, url.host)) return null;
  const root = roots[url.host];
  if (!root) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  const rootWithSep = path.resolve(root) + path.sep;
  if (!file.startsWith(rootWithSep)) return null;
  const mime = MIME[path.extname(file).toLowerCase()];
  if (!mime) return null;
  return { file, mime };
}
