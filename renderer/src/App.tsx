/** The window's frame: brand bar, navigation, and the current screen. */
import { useEffect, useState } from 'react';
import type { PlannerBridge } from '../../shared/ipc/bridge';
import { getPlanner } from './planner';
import { ProfileScreen } from './profile/ProfileScreen';
import { RoadmapScreen } from './roadmap/RoadmapScreen';

type Screen = 'roadmap' | 'profile';

const NAV: { id: Screen; label: string }[] = [
  { id: 'roadmap', label: 'Roadmap' },
  { id: 'profile', label: 'Profile' },
];

export function App() {
  const planner = getPlanner();
  return (
    <div className="app">
      {planner ? (
        <Shell planner={planner} />
      ) : (
        <>
          <AppBar />
          <main className="app-main" id="main">
            <div className="alert alert-error" role="alert">
              MLE Path could not connect to its data store. Start the app with <code>npm start</code> rather than opening
              this page directly.
            </div>
          </main>
        </>
      )}
    </div>
  );
}

function AppBar({ children }: { children?: React.ReactNode }) {
  return (
    <header className="app-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ML
        </span>
        <span className="brand-name">MLE Path</span>
      </div>
      {children}
      <span className="app-bar-note">Offline · your data stays on this computer</span>
    </header>
  );
}

function Shell({ planner }: { planner: PlannerBridge }) {
  // First run (no plan yet) opens on the profile; every later launch on the roadmap.
  const [screen, setScreen] = useState<Screen | null>(null);
  useEffect(() => {
    let live = true;
    void planner.invoke('plan:get', {}).then((result) => {
      if (live) setScreen((current) => current ?? (result.ok && result.value === null ? 'profile' : 'roadmap'));
    });
    return () => {
      live = false;
    };
  }, [planner]);
  return (
    <>
      <AppBar>
        <nav aria-label="Main" className="nav">
          {NAV.map((item) => (
            <button
              key={item.id}
              type="button"
              className="nav-item"
              aria-current={screen === item.id ? 'page' : undefined}
              onClick={() => setScreen(item.id)}
            >
              {item.label}
            </button>
          ))}
        </nav>
      </AppBar>
      <main className="app-main" id="main">
        {screen === null ? (
          <div className="card skeleton" aria-busy="true">
            Opening MLE Path…
          </div>
        ) : screen === 'roadmap' ? (
          <RoadmapScreen planner={planner} onEditProfile={() => setScreen('profile')} />
        ) : (
          <ProfileScreen planner={planner} onSaved={() => setScreen('roadmap')} />
        )}
      </main>
    </>
  );
}
