/** The window's frame: brand bar and the current screen. */
import { getPlanner } from './planner';
import { ProfileScreen } from './profile/ProfileScreen';

export function App() {
  const planner = getPlanner();
  return (
    <div className="app">
      <header className="app-bar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ML
          </span>
          <span className="brand-name">MLE Path</span>
        </div>
        <span className="app-bar-note">Offline study planner · your data stays on this computer</span>
      </header>
      <main className="app-main" id="main">
        {planner ? (
          <ProfileScreen planner={planner} />
        ) : (
          <div className="alert alert-error" role="alert">
            MLE Path could not connect to its data store. Start the app with <code>npm start</code> rather than
            opening this page directly.
          </div>
        )}
      </main>
    </div>
  );
}
