import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  name: 'map' | 'timeline';
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
        <PaneError
          name={this.props.name}
          message={this.state.error.message}
          onReload={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
        />
      );
    }
    return (
      <div key={this.state.attempt} className="pane-fill">
        {this.props.children}
      </div>
    );
  }
}

function PaneError({
  name,
  message,
  onReload,
}: {
  name: Props['name'];
  message: string;
  onReload: () => void;
}) {
  const t = useT();
  const pane = t(name === 'map' ? 'pane.map' : 'pane.timeline');
  return (
    <div className="pane-error" role="alert">
      <p>{t('pane.crashed', { pane, message })}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('pane.reload', { pane })}
      </button>
    </div>
  );
}
