import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
  attempt: number;
}

/** Contains a crash inside one pane; the rest of the app keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.warn(`The ${this.props.name} crashed:`, error);
  }

  render() {
    if (this.state.error) {
      return (
        <div className="pane-error" role="alert">
          <p>
            The {this.props.name} stopped working: {this.state.error.message}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
          >
            Reload the {this.props.name}
          </button>
        </div>
      );
    }
    return (
      <div key={this.state.attempt} className="pane-fill">
        {this.props.children}
      </div>
    );
  }
}
