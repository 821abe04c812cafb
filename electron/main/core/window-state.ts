/**
 * Remembered window size and position. Pure: the saved state is parsed from and
 * written to a small JSON file's text (window-state-file.ts does the disk part), and placed on
 * the displays that exist now, so a window saved on a monitor that has since been unplugged
 * opens on one that is there, never off screen, and never below the 900×600 minimum.
 */
import { z } from 'zod';

export const MIN_WINDOW = { width: 900, height: 600 } as const;
export const DEFAULT_WINDOW = { width: 1200, height: 800 } as const;
export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where and how to open the window. x/y absent: let the system centre it. */
export interface WindowPlacement {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

const Int = z.number().int().min(-100_000).max(100_000);
const StateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: Int, y: Int, width: Int.min(1), height: Int.min(1) }),
  maximized: z.boolean(),
});

/** The saved state, or null for a missing, damaged or foreign file (then the defaults apply). */
export function parseWindowState(text: string | null): SavedWindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = StateSchema.safeParse(json);
  return parsed.success ? { bounds: parsed.data.bounds, maximized: parsed.data.maximized } : null;
}

export function serializeWindowState(state: SavedWindowState): string {
  const { x, y, width, height } = state.bounds;
  const r = Math.round;
  return `${JSON.stringify({ version: 1, bounds: { x: r(x), y: r(y), width: r(width), height: r(height) }, maximized: state.maximized })}\n`;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, lo: number, hi: number) => Math.max(lo, Math.min(value, Math.max(lo, hi)));

/**
 * Places the saved window on the display it overlaps most (the first display, the primary,
 * when it overlaps none), shrunk to that display's work area but never below the minimum, and
 * moved inside it. `displays` are work areas (screen minus taskbar / menu bar), primary first.
 */
export function clampToDisplays(saved: SavedWindowState | null, displays: readonly Rect[]): WindowPlacement {
  const primary = displays[0];
  if (!saved) {
    if (!primary) return { ...DEFAULT_WINDOW, maximized: false };
    return {
      width: clamp(DEFAULT_WINDOW.width, MIN_WINDOW.width, primary.width),
      height: clamp(DEFAULT_WINDOW.height, MIN_WINDOW.height, primary.height),
      maximized: false,
    };
  }
  let target = primary;
  let best = 0;
  for (const d of displays) {
    const area = overlap(saved.bounds, d);
    if (area > best) {
      best = area;
      target = d;
    }
  }
  const width = Math.max(MIN_WINDOW.width, saved.bounds.width);
  const height = Math.max(MIN_WINDOW.height, saved.bounds.height);
  if (!target) return { width, height, maximized: saved.maximized };
  const fitWidth = clamp(width, MIN_WINDOW.width, target.width);
  const fitHeight = clamp(height, MIN_WINDOW.height, target.height);
  const onScreen = best > 0;
  return {
    width: fitWidth,
    height: fitHeight,
    x: onScreen ? clamp(saved.bounds.x, target.x, target.x + target.width - fitWidth) : target.x + Math.max(0, Math.round((target.width - fitWidth) / 2)),
    y: onScreen ? clamp(saved.bounds.y, target.y, target.y + target.height - fitHeight) : target.y + Math.max(0, Math.round((target.height - fitHeight) / 2)),
    maximized: saved.maximized,
  };
}

/** Calls `save` once things have been quiet for `ms`; `flush` saves a pending call at once (on close). */
export function debounce(save: () => void, ms: number, timers: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void }) {
  let handle: unknown = null;
  return {
    schedule() {
      if (handle !== null) timers.clear(handle);
      handle = timers.set(() => {
        handle = null;
        save();
      }, ms);
    },
    flush() {
      if (handle === null) return;
      timers.clear(handle);
      handle = null;
      save();
    },
    cancel() {
      if (handle !== null) timers.clear(handle);
      handle = null;
    },
  };
}
