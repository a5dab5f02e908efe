import { Component, type ReactNode } from 'react';
import { useModelStatus } from '../state';

/** If the 3D view itself breaks (no context, a lost GPU), the panels carry on without it. */
export class CanvasErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    useModelStatus.setState({
      phase: 'no-webgl',
      message: { key: 'messages:model.webglFailed' },
    });
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
