/**
 * The application menu's "go to" items (View → Dashboard … Guide, What If…, Profile; Settings…) ask main
 * for a screen the way a clicked notification does: main's `navigate` event, or held for a page
 * still loading. Every screen the menu offers (app-menu.ts, checked against the contract's list
 * in the unit tier) opens here through that same path.
 */
import { NAVIGATION_TARGETS, type NavigationTarget } from '../../shared/ipc/contract';
import { launchApp } from './harness/app-harness';
import { seedLearner } from './harness/seed';
import { expect, test } from './fixtures';

const HEADINGS: Record<NavigationTarget, string> = {
  dashboard: 'Dashboard',
  today: 'Today',
  roadmap: 'Your roadmap',
  timeline: 'Timeline',
  week: 'Your week',
  review: 'Review',
  certifications: 'Certifications',
  quiz: 'Readiness quiz',
  practice: 'Exam practice',
  costs: 'Costs & salary',
  projects: 'Projects',
  guide: 'Guide',
  history: 'History',
  whatif: 'What if…',
  profile: 'Your starting point',
  settings: 'Settings',
};

test('every screen the application menu offers opens through main’s navigation', async ({ profileDir }) => {
  const app = await launchApp({ profileDir });
  await seedLearner(app.ui);
  for (const screen of NAVIGATION_TARGETS) {
    expect(await app.openScreen({ screen }), screen).toBe('send');
    await expect(app.ui.getByRole('heading', { name: HEADINGS[screen], level: 1 }), screen).toBeVisible();
    await expect(app.ui.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]'), screen).toHaveCount(1);
  }
  await app.close();
});

test('Settings… chosen while the window is still loading opens Settings once it is ready', async ({ profileDir }) => {
  const app = await launchApp({ profileDir, openScreen: { screen: 'settings' } });
  await expect(app.ui.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await app.close();
});
