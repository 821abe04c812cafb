/**
 * Settings: appearance, weekly reminders, this computer, the study calendar, the study content and the learner's data. Each section saves on its
 * own, so a mistake in one (say, quiet hours) never blocks a change in another.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppSettings } from '../../../shared/domain/records';
import type { ScreenProps } from '../screens';
import { applyTheme } from '../shared/theme';
import { CalendarSection } from './CalendarSection';
import { ContentSection } from './ContentSection';
import { DataSection } from './DataSection';
import { DesktopSection } from './DesktopSection';
import { RemindersSection } from './RemindersSection';
import { ReviewSection } from './ReviewSection';
import { TimeZoneRow } from './TimeZoneRow';
import './settings.css';
import { putAnswer, useChannel } from '../data/planner-query';
import { Loaded } from '../shared/LoadStates';

const THEME_LABELS: Record<AppSettings['theme'], string> = { system: 'Match my computer', light: 'Light', dark: 'Dark' };

export default function SettingsScreen({ planner, navigate }: ScreenProps) {
  const client = useQueryClient();
  const read = useChannel(planner, 'settings:get', {});
  const [themeError, setThemeError] = useState<string | null>(null);
  // The choice shows at once; the stored value catches up when main confirms.
  const [pendingTheme, setPendingTheme] = useState<AppSettings['theme'] | null>(null);

  if (read.status !== 'success') {
    return (
      <Loaded read={read} what="Settings" loading="Loading settings…">
        {() => null}
      </Loaded>
    );
  }
  const settings = read.data;

  async function setTheme(theme: AppSettings['theme']) {
    applyTheme(theme);
    setPendingTheme(theme);
    const r = await planner.invoke('settings:update', { theme });
    setPendingTheme(null);
    if (r.ok) {
      setThemeError(null);
      putAnswer(client, 'settings:get', {}, r.value);
    } else {
      setThemeError(r.error.message);
      applyTheme(settings.theme);
    }
  }
  const shownTheme = pendingTheme ?? settings.theme;

  return (
    <div className="screen settings">
      <div className="screen-head">
        <h1>Settings</h1>
        <p className="lede">Appearance, weekly reminders, this computer, your study calendar, the study content and your data. Everything is stored on this computer only.</p>
      </div>

      <section className="card stack" aria-labelledby="appearance-title">
        <h2 id="appearance-title">Appearance and time</h2>
        <fieldset className="field">
          <legend className="label">Theme</legend>
          <div className="segmented">
            {(Object.keys(THEME_LABELS) as AppSettings['theme'][]).map((t) => (
              <label key={t} className="segment">
                <input type="radio" name="theme" checked={shownTheme === t} onChange={() => void setTheme(t)} />
                <span>{THEME_LABELS[t]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <TimeZoneRow planner={planner} onChange={() => navigate('profile')} />
        {themeError && (
          <p className="field-error" role="alert">
            {themeError}
          </p>
        )}
      </section>

      <RemindersSection planner={planner} reminders={settings.reminders} />
      <ReviewSection planner={planner} review={settings.review} />
      <DesktopSection planner={planner} settings={settings} />
      <CalendarSection planner={planner} />
      <ContentSection planner={planner} />
      <DataSection
        planner={planner}
        onReset={() => {
          // Every answer in the cache is of the data just deleted: read everything afresh.
          void client.resetQueries();
          navigate('profile');
        }}
      />
    </div>
  );
}
