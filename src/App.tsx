import { Viewport } from './scene/Viewport';
import { Header } from './ui/Header';
import { HoverLabel } from './ui/HoverLabel';
import { Legend } from './ui/Legend';
import { ModelStatusBanner } from './ui/ModelStatusBanner';
import { Notices } from './ui/Notices';
import { ViewButtons } from './ui/ViewButtons';
import { Workspace } from './ui/Workspace';

/** Composes the screen; every rule lives in src/mapping, src/state, src/scene or src/ui. */
export function App() {
  return (
    <div className="app">
      <Viewport />
      <Header />
      <Notices />
      <ModelStatusBanner />
      <HoverLabel />
      <Legend />
      <Workspace />
      <ViewButtons />
    </div>
  );
}
