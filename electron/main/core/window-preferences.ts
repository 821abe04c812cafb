/**
 * Window preferences that differ between the two windows (windows.ts adds them to the shared,
 * locked-down ones). No `electron` import beyond the type, so unit tests read them.
 */
import type { WebPreferences } from 'electron';

/**
 * The hidden store-host window answers every call of the app and of main's reminder scheduler.
 * Chromium throttles a window that is not visible (timers to once a second or less, and more
 * after minutes hidden), which this one always is, so its replies would slow down the longer the
 * app runs. Playwright's Electron launcher turns throttling off for every window, which is why
 * only the packaged-app tier (started as a learner starts it) can see the difference.
 */
export const STORE_WINDOW_PREFERENCES = { backgroundThrottling: false } as const satisfies WebPreferences;
