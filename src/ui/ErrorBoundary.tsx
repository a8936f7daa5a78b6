import { Component, Fragment, type ReactNode } from 'react';
import { useT } from './useT';
import { isStaleChunkError } from '../offline/staleChunk';
import { StalePane } from '../offline/UpdatePrompt';

interface Props {
  name: 'map' | 'timeline' | 'details' | 'list' | 'tools';
  children: ReactNode;
  /** Render the children in place (no wrapping element): for a row of header tools. */
  inline?: boolean;
}
interface State {
  error: Error | null;
  attempt: number;
  /** The children rendered since the pane last came back from a missing chunk. */
  settled: boolean;
}

/** Contains a crash inside one pane (or the header's tools); the rest of the app keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0, settled: true };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  componentDidCatch(error: Error) {
    if (isStaleChunkError(error)) {
      // A part of this version is gone (a newer one was deployed): the update
      // prompt says so, and the pane comes back as it was, unless it fails
      // again before it has rendered (it needs that part to show at all).
      if (this.state.settled)
        this.setState((s) => ({ error: null, attempt: s.attempt + 1, settled: false }));
      return;
    }
    console.warn(`The ${this.props.name} crashed:`, error);
  }

  componentDidUpdate() {
    if (!this.state.error && !this.state.settled) this.setState({ settled: true });
  }

  render() {
    if (this.state.error && isStaleChunkError(this.state.error)) return <StalePane />;
    if (this.state.error) {
      return (
        <PaneError
          name={this.props.name}
          message={this.state.error.message}
          onReload={() => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }))}
        />
      );
    }
    if (this.props.inline)
      return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
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
  const pane = t(`pane.${name}`);
  return (
    <div className="pane-error" role="alert">
      <p>{t('pane.crashed', { pane, message })}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('pane.reload', { pane })}
      </button>
    </div>
  );
}
