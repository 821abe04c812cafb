/**
 * The window's frame: a sidebar with every screen, and the current screen. First run (no plan
 * yet) opens on the profile; every later launch on the dashboard. Main can ask for a screen
 * (a clicked notification or tray item) with the `navigate` event, and holds one asked for
 * while this page loaded until the page takes it after subscribing.
 */
import { Suspense, useCallback, useEffect, useState } from 'react';
import type { PlannerBridge } from '../../shared/ipc/bridge';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { getPlanner } from './planner';
import { mayLeave } from './shared/leave-guard';
import { applyTheme } from './shared/theme';
import { detailOf, SCREENS, type ScreenDetail, type ScreenId } from './screens';
import { NoTrayNotice } from './desktop/NoTrayNotice';
import { QuitButton } from './desktop/QuitButton';
import { useDesktopStatus } from './desktop/useDesktopStatus';
import { LoadingCard } from './shared/LoadStates';
import { WriteStatusBanner } from './shared/WriteStatusBanner';

export function App() {
  const planner = getPlanner();
  if (!planner) {
    return (
      <div className="app app-single">
        <main className="app-main" id="main">
          <div className="alert alert-error" role="alert">
            MLE Path could not connect to its data store. Start the app with <code>npm start</code> rather than opening this
            page directly.
          </div>
        </main>
      </div>
    );
  }
  return <Shell planner={planner} />;
}

interface Location {
  screen: ScreenId;
  detail?: ScreenDetail;
}

function Shell({ planner }: { planner: PlannerBridge }) {
  const [location, setLocation] = useState<Location | null>(null);
  const [desktop, setDesktop] = useDesktopStatus(planner);
  const navigate = useCallback((screen: ScreenId, detail?: ScreenDetail) => {
    // Typed but unsaved changes (the profile form) are never dropped without asking.
    if (!mayLeave((message) => window.confirm(message))) return;
    setLocation(detail ? { screen, detail } : { screen });
    window.scrollTo(0, 0);
  }, []);

  useEffect(() => {
    let live = true;
    void planner.invoke('plan:get', {}).then((result) => {
      if (!live) return;
      setLocation((current) => current ?? { screen: result.ok && result.value === null ? 'profile' : 'dashboard' });
    });
    void planner.invoke('settings:get', {}).then((result) => {
      if (live && result.ok) applyTheme(result.value.theme);
    });
    const offNavigate = planner.on('navigate', (n) => navigate(n.screen, detailOf(n)));
    const offSettings = planner.on('settings:changed', (settings) => applyTheme(settings.theme));
    // Subscribed: now take what main held while this page loaded (a clicked reminder that opened
    // the window). Applied even if this effect was cleaned up meanwhile: main hands a navigation
    // over only once, and React's development double-run would otherwise drop it.
    void planner.invoke('app:take-pending-navigation', {}).then((result) => {
      if (result.ok && result.value) navigate(result.value.screen, detailOf(result.value));
    });
    return () => {
      live = false;
      offNavigate();
      offSettings();
    };
  }, [planner, navigate]);

  const entry = SCREENS.find((s) => s.id === location?.screen);
  const Screen = entry?.component;
  return (
    <div className="app">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ML
          </span>
          <span className="brand-name">MLE Path</span>
        </div>
        <nav aria-label="Main" className="nav">
          {SCREENS.map((item) => (
            <button
              key={item.id}
              type="button"
              className="nav-item"
              aria-current={location?.screen === item.id ? 'page' : undefined}
              onClick={() => navigate(item.id)}
            >
              {item.label}
            </button>
          ))}
        </nav>
        <p className="sidebar-note">Offline · your data stays on this computer</p>
        <QuitButton planner={planner} className="sidebar-quit" />
      </aside>
      <main className="app-main" id="main">
        <WriteStatusBanner planner={planner} />
        <NoTrayNotice planner={planner} status={desktop} onStatus={setDesktop} />
        {Screen && location ? (
          <ScreenErrorBoundary key={location.screen}>
            <Suspense fallback={<Loading />}>
              <Screen planner={planner} navigate={navigate} {...(location.detail ? { detail: location.detail } : {})} />
            </Suspense>
          </ScreenErrorBoundary>
        ) : (
          <Loading />
        )}
      </main>
    </div>
  );
}

function Loading() {
  return (
    <LoadingCard>Loading…</LoadingCard>
  );
}
