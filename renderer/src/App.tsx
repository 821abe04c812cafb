/**
 * The window's frame: a skip link, a sidebar with every screen, and the current screen. First
 * run (no plan yet) opens on the profile; every later launch on the dashboard. Main can ask for
 * a screen (a clicked notification or tray item) with the `navigate` event, and holds one asked
 * for while this page loaded until the page takes it after subscribing.
 *
 * Screens render once the learner's locale and zone and the content pack in use are known (they
 * are asked for alongside the plan, which the first screen waits for anyway), so no date is ever
 * drawn in a passing format and no screen waits a round trip of its own for the content.
 * Every screen change puts the focus on the new screen's heading and names it in the title.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AppSettings } from '../../shared/domain/records';
import type { PlannerBridge } from '../../shared/ipc/bridge';
import type { PlanView, ResponseOf, SavedProfile } from '../../shared/ipc/contract';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { getPlanner } from './planner';
import { mayLeave } from './shared/leave-guard';
import { connectEvents, createPlannerQueryClient, useChannel, useChannelPart } from './data/planner-query';
import { displayFormatFrom, documentLanguage, LearnerLocaleProvider, withLocalMessages, zoneOf } from './shared/locale';
import { focusMainContent, focusScreenHeading, windowTitle } from './shared/screen-focus';
import { applyTheme } from './shared/theme';
import { detailOf, SCREENS, type ScreenDetail, type ScreenId } from './screens';
import { NoTrayNotice } from './desktop/NoTrayNotice';
import { QuitButton } from './desktop/QuitButton';
import { RunningTimer } from './today/RunningTimer';
import { useDesktopStatus } from './desktop/useDesktopStatus';
import { LoadingCard, Loaded } from './shared/LoadStates';
import { ContentContext, contentOf } from './shared/content';
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
  return <DataRoot planner={planner} />;
}

interface Location {
  screen: ScreenId;
  detail?: ScreenDetail;
}

/**
 * The data layer's root: one cache for the window, fed by main's events from before the first
 * read starts (reads start in passive effects; this layout effect runs before them).
 */
function DataRoot({ planner }: { planner: PlannerBridge }) {
  const [client] = useState(createPlannerQueryClient);
  useLayoutEffect(() => connectEvents(client, planner), [client, planner]);
  return (
    <QueryClientProvider client={client}>
      <Shell planner={planner} />
    </QueryClientProvider>
  );
}

/** Answers the shell reads only a part of: it renders again when that part changes, not on every tick. */
const hasNoPlan = (view: PlanView | null) => view === null;
const themeOf = (settings: AppSettings) => settings.theme;
const learnerZoneOf = (saved: SavedProfile | null) => zoneOf({ ok: true, value: saved });
// The same lookups object for as long as the pack is the same: screens re-render only on a switch.
const contentLookups = (answer: ResponseOf<'content:get'>) => contentOf(answer.pack, answer.formerCertNames);

function Shell({ planner: bridge }: { planner: PlannerBridge }) {
  const [location, setLocation] = useState<Location | null>(null);
  const [desktop, setDesktop] = useDesktopStatus(bridge);
  const main = useRef<HTMLElement>(null);
  // Set by a screen change (not the first screen of the launch): focus its heading once shown.
  const focusAfterChange = useRef(false);
  const navigate = useCallback((screen: ScreenId, detail?: ScreenDetail) => {
    // Typed but unsaved changes (the profile form) are never dropped without asking.
    if (!mayLeave((message) => window.confirm(message))) return;
    focusAfterChange.current = true;
    setLocation(detail ? { screen, detail } : { screen });
    window.scrollTo(0, 0);
  }, []);

  const locale = useChannel(bridge, 'app:get-locale', {});
  const format = useMemo(() => (locale.status === 'pending' ? null : displayFormatFrom(locale.data)), [locale.status, locale.data]);
  useEffect(() => {
    if (format) document.documentElement.lang = documentLanguage(format);
  }, [format]);
  const zone = useChannelPart(bridge, 'profile:get', {}, learnerZoneOf);
  const timeZone = zone.status === 'pending' ? null : zone.status === 'success' ? zone.data : zoneOf({ ok: false, error: zone.error.failure });
  const planner = useMemo(() => (format ? withLocalMessages(bridge, format) : bridge), [bridge, format]);
  const learner = useMemo(() => (format && timeZone ? { format, timeZone } : null), [format, timeZone]);

  const entry = SCREENS.find((s) => s.id === location?.screen);
  useEffect(() => {
    document.title = entry ? windowTitle(entry.label) : 'MLE Path';
    if (!entry || !learner || !focusAfterChange.current || !main.current) return;
    focusAfterChange.current = false;
    return focusScreenHeading(main.current);
  }, [entry, location, learner]);

  // First run (no plan yet) opens on the profile, every later launch on the dashboard.
  const noPlan = useChannelPart(bridge, 'plan:get', {}, hasNoPlan);
  // Decided once, during render (React's "adjust state while rendering"): later plan changes do not move the learner.
  if (location === null && noPlan.status !== 'pending') setLocation({ screen: noPlan.status === 'success' && noPlan.data ? 'profile' : 'dashboard' });

  // Read with the plan, the locale and the profile (all start in this render), not after them.
  const content = useChannelPart(bridge, 'content:get', {}, contentLookups);

  const theme = useChannelPart(bridge, 'settings:get', {}, themeOf);
  useEffect(() => {
    if (theme.data) applyTheme(theme.data);
  }, [theme.data]);

  useEffect(() => {
    const offNavigate = bridge.on('navigate', (n) => navigate(n.screen, detailOf(n)));
    // Subscribed: now take what main held while this page loaded (a clicked reminder that opened
    // the window). Applied even if this effect was cleaned up meanwhile: main hands a navigation
    // over only once, and React's development double-run would otherwise drop it.
    void bridge.invoke('app:take-pending-navigation', {}).then((result) => {
      if (result.ok && result.value) navigate(result.value.screen, detailOf(result.value));
    });
    return offNavigate;
  }, [bridge, navigate]);

  const Screen = entry?.component;
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          if (main.current) focusMainContent(main.current);
        }}
      >
        Skip to content
      </a>
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
        <RunningTimer planner={planner} onOpen={() => navigate('today')} />
        <p className="sidebar-note">Offline · your data stays on this computer</p>
        <QuitButton planner={planner} className="sidebar-quit" />
      </aside>
      <main className="app-main" id="main" ref={main}>
        <WriteStatusBanner planner={planner} />
        <NoTrayNotice planner={planner} status={desktop} onStatus={setDesktop} />
        {Screen && location && learner ? (
          <Loaded read={content} what="The study content" loading="Loading…">
            {(lookups) => (
              <ContentContext value={lookups}>
                <LearnerLocaleProvider value={learner}>
                  <ScreenErrorBoundary key={location.screen}>
                    <Suspense fallback={<Loading />}>
                      <Screen planner={planner} navigate={navigate} {...(location.detail ? { detail: location.detail } : {})} />
                    </Suspense>
                  </ScreenErrorBoundary>
                </LearnerLocaleProvider>
              </ContentContext>
            )}
          </Loaded>
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
