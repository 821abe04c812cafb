/**
 * Keyboard, screen-reader and low-vision checks across the app, through the whole stack: the
 * skip link, the focus and window title after every screen change, focus kept after ticking a
 * milestone with Space and after "Mark done", the profile form's Tab path, nothing spilling out
 * of its box at the 900×600 minimum window, the week grid opening at the week's first session,
 * forced colours (Windows High Contrast), and every border at 3:1 or more in both themes.
 * axe-core's own checks run per screen in the screen specs.
 */
import type { Page } from '@playwright/test';
import { formatIsoDate, instantToLocal, mondayOf } from '../../shared/planner/time';
import { launchApp } from './harness/app-harness';
import { call, seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

/** Every screen: its sidebar label (and window title) and its heading. */
const SCREENS = [
  ['Dashboard', 'Dashboard'],
  ['Today', 'Today'],
  ['Roadmap', 'Your roadmap'],
  ['Timeline', 'Timeline'],
  ['Week', 'Your week'],
  ['Certifications', 'Certifications'],
  ['Readiness quiz', 'Readiness quiz'],
  ['Exam practice', 'Exam practice'],
  ['Costs & salary', 'Costs & salary'],
  ['Projects', 'Projects'],
  ['Guide', 'Guide'],
  ['History', 'History'],
  ['What if', 'What if…'],
  ['Profile', 'Your starting point'],
  ['Settings', 'Settings'],
] as const;

const sidebar = (ui: Page, name: string) => ui.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

async function show(ui: Page, label: string, heading: string): Promise<void> {
  await sidebar(ui, label).click();
  await expect(ui.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('every screen change moves the focus to the screen’s heading and names the screen in the window title', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  await expect(ui).toHaveTitle('Dashboard — MLE Path');
  // Backwards through the sidebar, by keyboard, so every screen is a change (the dashboard last).
  for (const [label, heading] of [...SCREENS].reverse()) {
    await sidebar(ui, label).focus();
    await ui.keyboard.press('Enter');
    await expect(ui.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    await expect(ui).toHaveTitle(`${label} — MLE Path`);
  }
  // A button inside a screen that opens another screen goes away with it: the focus still lands.
  await ui.getByRole('button', { name: 'Open week' }).click();
  await expect(ui.getByRole('heading', { level: 1, name: 'Your week' })).toBeFocused();
  await expect(ui).toHaveTitle('Week — MLE Path');
  // A screen main opens (a clicked notification) is announced the same way.
  await app.openScreen({ screen: 'certifications' });
  await expect(ui.getByRole('heading', { level: 1, name: 'Certifications' })).toBeFocused();
  await expect(ui).toHaveTitle('Certifications — MLE Path');
  await app.close();
});

test('the first Tab stop is a visible skip link to the screen’s content', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  await ui.keyboard.press('Tab');
  const skip = ui.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 10, 'the focused skip link is on screen').toBe(true);
  await ui.keyboard.press('Enter');
  await expect(ui.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  // The next Tab goes into the screen, past the sidebar's buttons.
  await ui.keyboard.press('Tab');
  expect(await ui.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  await app.close();
});

test('ticking a milestone with Space keeps the focus on its box while it saves', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui, { ticks: 0, bookExam: false });
  const view = await call<{ plan: { milestones: { title: string; status: string }[] } }>(ui, 'plan:get', {});
  const first = view.plan.milestones.find((m) => m.status === 'planned');
  if (!first) throw new Error('no planned milestone');
  await show(ui, 'Roadmap', 'Your roadmap');
  const box = ui.getByRole('checkbox', { name: first.title });
  await box.focus();
  await ui.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect.poll(async () => ((await app.dumpDb())['milestoneProgress'] as { done: boolean }[]).filter((p) => p.done).length).toBe(1);
  await expect(box).not.toHaveAttribute('aria-disabled', 'true');
  await expect(box).toBeFocused();
  // And again, unticking.
  await ui.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expect(box).not.toHaveAttribute('aria-disabled', 'true');
  await expect(box).toBeFocused();
  await app.close();
});

test('“Mark done” from the keyboard leaves the focus on the session it marked', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  await show(ui, 'Week', 'Your week');
  await ui.getByRole('button', { name: 'Next week' }).click();
  const monday = ui.getByRole('button', { name: /, Monday 18:30–20:30, planned$/ });
  await monday.focus();
  await ui.keyboard.press('Enter');
  const dialog = ui.getByRole('dialog');
  const markDone = dialog.getByRole('button', { name: 'Mark done' });
  await markDone.focus();
  await ui.keyboard.press('Enter');
  const done = ui.getByRole('button', { name: /, Monday 18:30–20:30, done$/ });
  await expect(done).toBeVisible();
  // Still there once the store has answered and the week has been read again.
  await expect(ui.getByTestId('week-sessions')).toHaveText(/^1 of \d done$/);
  await expect(done).toBeFocused();
  await app.close();
});

test('a missed session dealt with from the keyboard hands the focus to the next one, then to the heading', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await seedLearner(ui);
  // Two of next week's sessions sent back three and four weeks: over, and never marked.
  const nextWeek = formatIsoDate(mondayOf(instantToLocal('Europe/Berlin', Date.now()).day) + 7);
  const { sessions } = await call<{ sessions: { id: string; startUtc: string }[] }>(ui, 'week:get', { weekStart: nextWeek });
  for (const [i, s] of sessions.slice(-2).entries()) {
    await call(ui, 'session:update', { id: s.id, startUtc: new Date(Date.parse(s.startUtc) - (21 + 7 * i) * 86_400_000).toISOString() });
  }
  await show(ui, 'Week', 'Your week');
  const panel = ui.getByTestId('missed-sessions');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await panel.getByRole('button', { name: 'I did it' }).first().focus();
  await ui.keyboard.press('Enter');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('button', { name: 'I did it' })).toBeFocused();
  await ui.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(ui.getByRole('heading', { level: 1, name: 'Your week' })).toBeFocused();
  await app.close();
});

test('the profile form takes at most 30 Tab presses from the weekly hours to Save', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  const { ui } = app;
  await expect(ui.getByRole('heading', { level: 1, name: 'Your starting point' })).toBeVisible();
  await ui.getByLabel('Weekly study hours').focus();
  let presses = 0;
  while (presses < 80 && !(await ui.getByRole('button', { name: 'Save profile' }).evaluate((b) => b === document.activeElement))) {
    await ui.keyboard.press('Tab');
    presses += 1;
  }
  // Start date (3 fields), target role, cloud, specialisation, skills, 7 days with a start and an
  // end list each for the 5 default days, time zone, shortest and longest session, Save: 29.
  expect(presses).toBeLessThanOrEqual(30);
  await app.close();
});

test('at 900×600 nothing spills out of its box and no screen scrolls sideways', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, viewport: { width: 900, height: 600 } });
  const { ui } = app;
  await seedLearner(ui);
  for (const [label, heading] of SCREENS) {
    await show(ui, label, heading);
    const spills = await ui.evaluate(() => {
      const found: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth) found.push(`page: ${document.documentElement.scrollWidth} px wide`);
      for (const el of document.querySelectorAll<HTMLElement>('main *')) {
        const style = getComputedStyle(el);
        if (style.display === 'inline' || style.overflowX !== 'visible' || el.clientWidth === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 40)}": ${el.scrollWidth - el.clientWidth} px`);
      }
      return found;
    });
    expect(spills, label).toEqual([]);
  }
  await app.close();
});

test('the week grid opens at the week’s first session, not at the earliest time of day', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, viewport: { width: 1280, height: 600 } });
  const { ui } = app;
  await seedLearner(ui);
  await show(ui, 'Week', 'Your week');
  await ui.getByRole('button', { name: 'Next week' }).click();
  // Next week's sessions: Monday, Wednesday and Thursday at 18:30, Saturday at 09:00.
  const monday = ui.getByRole('button', { name: /, Monday 18:30–20:30, planned$/ });
  const saturday = ui.getByRole('button', { name: /, Saturday 09:00–11:00, planned$/ });
  await expect(monday).toBeVisible();
  const place = await ui.locator('.week-scroll').evaluate((box, ids) => {
    const view = box.getBoundingClientRect();
    const hourHeight = box.querySelector('.week-hour')?.getBoundingClientRect().height ?? 0;
    const head = box.querySelector('.week-day-head')?.getBoundingClientRect().height ?? 0;
    const at = (id: string) => box.querySelector(`[data-session-id="${id}"]`)?.getBoundingClientRect();
    const m = at(ids.monday);
    const s = at(ids.saturday);
    return {
      scrollTop: box.scrollTop,
      // The grid starts at 07:00; the first session at 18:30, shown from 18:00: 11 hours down,
      // or as far as the grid scrolls.
      expectedTop: Math.min(11 * hourHeight, box.scrollHeight - box.clientHeight),
      mondayFromTop: m ? m.top - view.top - head : null,
      mondayBottomInside: m ? m.bottom <= view.bottom : false,
      saturdayAbove: s ? s.bottom <= view.top + head : false,
    };
  }, { monday: (await monday.getAttribute('data-session-id')) ?? '', saturday: (await saturday.getAttribute('data-session-id')) ?? '' });
  expect(place.scrollTop).toBeGreaterThan(0);
  expect(Math.abs(place.scrollTop - place.expectedTop)).toBeLessThanOrEqual(1);
  // The first session is entirely in view, below the day headings.
  expect(place.mondayFromTop).toBeGreaterThanOrEqual(0);
  expect(place.mondayBottomInside).toBe(true);
  expect(place.saturdayAbove).toBe(true);
  await app.close();
});

test('in forced colours progress bars keep their fill and the current screen stands out', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, forcedColors: 'active' });
  const { ui } = app;
  await seedLearner(ui, { ticks: 6 });
  await show(ui, 'Roadmap', 'Your roadmap');
  const meter = await ui.getByRole('progressbar', { name: 'Overall progress' }).evaluate((track) => {
    const fill = track.firstElementChild as HTMLElement;
    return { track: getComputedStyle(track).backgroundColor, fill: getComputedStyle(fill).backgroundColor, width: fill.getBoundingClientRect().width };
  });
  expect(meter.width).toBeGreaterThan(0);
  expect(meter.fill).not.toBe(meter.track);
  expect(meter.fill).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  const nav = await ui.getByRole('navigation', { name: 'Main' }).evaluate((n) =>
    [...n.querySelectorAll('button')].map((b) => ({ current: b.getAttribute('aria-current') === 'page', bg: getComputedStyle(b).backgroundColor, fg: getComputedStyle(b).color })),
  );
  const current = nav.find((b) => b.current);
  const others = nav.filter((b) => !b.current);
  expect(current).toBeDefined();
  for (const other of others) expect([other.bg, other.fg]).not.toEqual([current?.bg, current?.fg]);
  await ui.screenshot({ path: test.info().outputPath('roadmap-forced-colours.png'), fullPage: true });
  await app.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every border has at least 3:1 contrast with what it separates (${colorScheme})`, async ({ profileDir }) => {
    const app = await launchApp({ profileDir, colorScheme });
    const { ui } = app;
    await seedLearner(ui);
    // A week with something in it, a missed session and the action dialog's borders too.
    const nextWeek = formatIsoDate(mondayOf(instantToLocal('Europe/Berlin', Date.now()).day) + 7);
    await call(ui, 'week:get', { weekStart: nextWeek });
    for (const [label, heading] of SCREENS) {
      await show(ui, label, heading);
      expect(await lowContrastBorders(ui), label).toEqual([]);
    }
    await app.close();
  });
}

/** Borders under 3:1 against the background on either side of them, described for a failure message. */
async function lowContrastBorders(ui: Page): Promise<string[]> {
  return ui.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m) return [0, 0, 0, 0];
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [r, g, b, a];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    /** The colour behind an element's padding box: its own background over its ancestors'. */
    const backdrop = (el: Element | null): Rgba => {
      let colour: Rgba = [0, 0, 0, 0];
      const layers: Rgba[] = [];
      for (let node = el; node; node = node.parentElement) layers.push(parse(getComputedStyle(node).backgroundColor));
      layers.push([255, 255, 255, 1]);
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const lineStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const colour = parse(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
        if (!(width > 0) || lineStyle === 'none' || lineStyle === 'hidden' || colour[3] === 0) continue;
        const inside = backdrop(el);
        const outside = backdrop(el.parentElement);
        const seen = over(colour, outside);
        // A border in its box's own fill colour (a filled dot) is that shape's edge: it needs to
        // stand out from what is around it only. Any other border separates both sides.
        const filled = contrast(seen, inside) < 1.05;
        const ratio = filled ? contrast(seen, outside) : Math.min(contrast(seen, inside), contrast(seen, outside));
        if (ratio < 3) {
          found.push(`${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} border-${side.toLowerCase()} ${style.getPropertyValue(`border-${side.toLowerCase()}-color`)}: ${ratio.toFixed(2)}:1`);
          break;
        }
      }
    }
    return [...new Set(found)];
  });
}
