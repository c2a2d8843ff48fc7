import { Component, type ReactNode } from 'react';
import { LazyErrorMessage } from './LazyErrorMessage';

/** Keeps a rendering bug from blanking the whole module. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error)
      return <LazyErrorMessage error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
