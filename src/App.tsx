import { lazy, Suspense } from 'react';
import { useViewer } from './state';
import { Announcer } from './ui/Announcer';
import { Header } from './ui/Header';
import { HandoutLayer } from './ui/handout/HandoutLayer';
import { HoverLabel } from './ui/HoverLabel';
import { Legend } from './ui/Legend';
import { ModelFailure } from './ui/ModelFailure';
import { ModelStatusBanner } from './ui/ModelStatusBanner';
import { Notices } from './ui/Notices';
import { lazyPart } from './ui/lazy-part';
import { useAfterFirstPaint } from './ui/useAfterFirstPaint';
import { ViewButtons } from './ui/ViewButtons';
import { Workspace } from './ui/Workspace';

// three.js and the canvas load in their own chunk, so the panels are usable at once.
const Viewport = lazy(() => import('./scene/Viewport').then((m) => ({ default: m.Viewport })));
// A tour's card and the quiz are fetched when one starts.
const TourCard = lazyPart(() => import('./ui/tour/TourCard').then((m) => m.TourCard));
const QuizMode = lazyPart(() => import('./ui/quiz/QuizMode').then((m) => m.QuizMode));

/** Composes the screen; every rule lives in src/mapping, src/state, src/scene or src/ui. */
export function App() {
  // A quiz hides whatever names muscles: the panels and the name under the pointer.
  const quiz = useViewer((s) => s.quiz !== null);
  const touring = useViewer((s) => s.tour !== null);
  const painted = useAfterFirstPaint();
  return (
    <div className="app">
      <Header />
      <ModelFailure />
      {/* tabIndex -1: focusable from script only, where the keyboard starts after the first disclaimer. */}
      <main className="stage" tabIndex={-1}>
        <Suspense fallback={null}>{painted && <Viewport />}</Suspense>
        <div className="messages">
          <Notices />
          <ModelStatusBanner />
        </div>
        {!quiz && <HoverLabel />}
        {!quiz && <Announcer />}
        <Legend />
        {quiz ? <QuizMode /> : <Workspace />}
        {touring && <TourCard />}
        <ViewButtons />
      </main>
      <HandoutLayer />
    </div>
  );
}
