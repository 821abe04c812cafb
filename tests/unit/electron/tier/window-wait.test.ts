/**
 * The Electron tier's window lookup: a window that opens on about:blank and only then loads
 * app://ui is found (the one-shot `waitForEvent('window', predicate)` it replaces waited forever
 * for it), and a window that never comes ends in an error naming what was open.
 */
import { describe, expect, it } from 'vitest';
import { isUiUrl, waitForPage } from '../../../electron/window-wait';

class FakePage {
  constructor(public current: string) {}
  url() {
    return this.current;
  }
}

describe('waitForPage', () => {
  it('finds a window that was on about:blank when first seen and loads app://ui later', async () => {
    const store = new FakePage('app://store/index.html');
    const ui = new FakePage('about:blank');
    const pages = [store, ui];
    setTimeout(() => (ui.current = 'app://ui/index.html'), 60);
    await expect(waitForPage(() => pages, isUiUrl, { timeoutMs: 2_000, intervalMs: 10, what: 'app://ui window' })).resolves.toBe(ui);
  });

  it('finds a window that opens after the wait began', async () => {
    const pages: FakePage[] = [new FakePage('app://store/index.html')];
    const late = new FakePage('app://ui/index.html');
    setTimeout(() => pages.push(late), 40);
    await expect(waitForPage(() => pages, isUiUrl, { timeoutMs: 2_000, intervalMs: 10, what: 'app://ui window' })).resolves.toBe(late);
  });

  it('gives up with the URLs it saw', async () => {
    const pages = [new FakePage('about:blank')];
    await expect(waitForPage(() => pages, isUiUrl, { timeoutMs: 50, intervalMs: 10, what: 'app://ui window' })).rejects.toThrow(
      'No app://ui window within 0.05 s; pages: about:blank',
    );
  });
});
