/** The first-run profile form, filled and saved the way a learner would in either Electron suite. */
import { expect, type Page } from '@playwright/test';

export async function saveFirstProfile(ui: Page): Promise<void> {
  await ui.getByRole('radio', { name: 'Software developer' }).check();
  await ui.getByLabel('Weekly study hours').fill('14');
  await ui.getByLabel('Budget for exams and courses').fill('700');
  await ui.getByLabel('Start date').fill('2027-05-03');
  await ui.getByRole('button', { name: 'Save profile' }).click();
  await expect(ui.getByRole('heading', { name: 'Your roadmap' })).toBeVisible();
}
