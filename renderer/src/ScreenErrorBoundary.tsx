/** Keeps one broken screen from blanking the window: the learner can still switch screens. */
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="alert alert-error" role="alert">
        <p>This screen could not be shown: {this.state.error.message}</p>
        <button type="button" className="button button-secondary" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
