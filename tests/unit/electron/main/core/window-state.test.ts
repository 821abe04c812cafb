import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clampToDisplays, debounce, DEFAULT_WINDOW, MIN_WINDOW, parseWindowState, serializeWindowState, type Rect } from '../../../../../electron/main/core/window-state';
import { loadWindowState, saveWindowState } from '../../../../../electron/main/core/window-state-file';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 }; // work area, menu bar and dock removed
const monitor: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('parse / serialize', () => {
  it('round-trips a state with whole pixels', () => {
    const state = { bounds: { x: 10.4, y: 20, width: 1000.6, height: 700 }, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual({ bounds: { x: 10, y: 20, width: 1001, height: 700 }, maximized: true });
  });
  it('treats missing, damaged or foreign files as no state', () => {
    for (const text of [null, '', '{', 'null', '[]', '{"version":2,"bounds":{"x":0,"y":0,"width":900,"height":600},"maximized":false}', '{"version":1,"bounds":{"x":"0","y":0,"width":900,"height":600},"maximized":false}', '{"version":1,"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}']) {
      expect(parseWindowState(text), String(text)).toBeNull();
    }
  });
});

describe('clampToDisplays', () => {
  it('opens at the default size, centred, without saved state', () => {
    expect(clampToDisplays(null, [monitor])).toEqual({ ...DEFAULT_WINDOW, maximized: false });
    expect(clampToDisplays(null, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({ width: 1024, height: 700, maximized: false });
  });

  it('keeps a window that is fully on a display where it was', () => {
    const saved = { bounds: { x: 1600, y: 0, width: 1300, height: 900 }, maximized: false };
    expect(clampToDisplays(saved, [laptop, monitor])).toEqual({ ...saved.bounds, maximized: false });
  });

  it('moves a window hanging off the edge back inside the display it overlaps most', () => {
    const saved = { bounds: { x: 1200, y: 500, width: 1000, height: 700 }, maximized: false };
    // Mostly on the monitor: pulled fully onto it.
    expect(clampToDisplays(saved, [laptop, monitor])).toMatchObject({ x: 1440, y: 500, width: 1000, height: 700 });
  });

  it('brings a window from an unplugged monitor to the primary display, centred', () => {
    const saved = { bounds: { x: 3000, y: 100, width: 1300, height: 900 }, maximized: true };
    expect(clampToDisplays(saved, [laptop])).toEqual({ x: 70, y: 0, width: 1300, height: 875, maximized: true });
  });

  it('never goes below 900×600, even from a tampered file or on a tiny display', () => {
    const saved = { bounds: { x: 0, y: 0, width: 200, height: 100 }, maximized: false };
    expect(clampToDisplays(saved, [laptop])).toMatchObject({ width: MIN_WINDOW.width, height: MIN_WINDOW.height, x: 0, y: 0 });
    const tiny = { x: 0, y: 0, width: 800, height: 500 };
    expect(clampToDisplays({ bounds: { x: 0, y: 0, width: 1200, height: 800 }, maximized: false }, [tiny])).toMatchObject({ width: 900, height: 600, x: 0, y: 0 });
  });

  it('shrinks a window larger than its display to the work area', () => {
    const saved = { bounds: { x: -50, y: -50, width: 3000, height: 2000 }, maximized: false };
    expect(clampToDisplays(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: false });
  });
});

describe('window-state file', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  it('saves and loads; a missing or damaged file loads as null', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mle-window-'));
    const file = path.join(dir, 'nested', 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    const state = { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false };
    expect(saveWindowState(file, state)).toBe(true);
    expect(loadWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1 });
    await writeFile(file, '{"version":1,');
    expect(loadWindowState(file)).toBeNull();
  });
});

describe('debounce', () => {
  it('saves once after the moves stop, and flush saves a pending one at once', () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn();
      const d = debounce(save, 500, { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) });
      d.schedule();
      vi.advanceTimersByTime(300);
      d.schedule();
      vi.advanceTimersByTime(300);
      expect(save).not.toHaveBeenCalled();
      vi.advanceTimersByTime(200);
      expect(save).toHaveBeenCalledTimes(1);
      d.schedule();
      d.flush();
      expect(save).toHaveBeenCalledTimes(2);
      d.flush();
      d.schedule();
      d.cancel();
      vi.advanceTimersByTime(1000);
      expect(save).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
