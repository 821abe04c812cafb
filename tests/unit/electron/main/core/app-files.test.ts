import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../../../electron/main/core/app-files';

const roots = { ui: path.resolve('/opt/app/renderer'), store: path.resolve('/opt/app/store') };

describe('resolveAppFile', () => {
  it('maps each host to its own folder', () => {
    expect(resolveAppFile('app://ui/index.html', roots)).toEqual({ file: path.join(roots.ui, 'index.html'), mime: 'text/html; charset=utf-8' });
    expect(resolveAppFile('app://ui/', roots)?.file).toBe(path.join(roots.ui, 'index.html'));
    expect(resolveAppFile('app://store/assets/a.js', roots)).toEqual({
      file: path.join(roots.store, 'assets', 'a.js'),
      mime: 'text/javascript; charset=utf-8',
    });
  });

  it('keeps dot segments inside the host folder', () => {
    expect(resolveAppFile('app://ui/../store/index.html', roots)?.file).toBe(path.join(roots.ui, 'store', 'index.html'));
    expect(resolveAppFile('app://ui/%2e%2e/%2e%2e/etc/passwd.html', roots)?.file).toBe(path.join(roots.ui, 'etc', 'passwd.html'));
  });

  it.each([
    'app://ui/..%2f..%2fsecret.js',
    'app://other/index.html',
    'file:///opt/app/renderer/index.html',
    'app://ui/%00.html',
    'app://ui/%E0%A4%A.html',
    'app://ui/data.exe',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, roots)).toBeNull();
  });
});
