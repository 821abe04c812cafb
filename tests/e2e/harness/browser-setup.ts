/**
 * Playwright's global setup for the browser tiers: finds the browser once, says which, and
 * stops the run with one clear message (instead of the same error in every test) when none is
 * installed.
 */
import { systemBrowser } from './chromium';

export default function browserSetup(): void {
  const choice = systemBrowser();
  if (!choice.ok) throw new Error(choice.message);
  console.log(`browser: ${choice.description}`);
}
