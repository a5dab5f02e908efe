import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLaterWords } from '../i18n';

/**
 * A part of the screen in a chunk of its own, fetched the first time it is shown: the panels a
 * visitor opens later (a muscle's story, a tour's card, the quiz, the handout, the dialogs) stay
 * out of the JavaScript fetched before the first frame. If its chunk cannot be fetched (a dropped
 * connection before the offline copy was made), the part says so and offers to try again; the
 * rest of the screen carries on.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // The English words of these parts (`panels`, `handout`) are not in the first load: they come with the part.
  const fresh = () => lazy(async () => ({ default: (await Promise.all([load(), loadLaterWords()]))[0] }));
  // React keeps a failed lazy component failed: a retry needs a new one.
  let current = fresh();
  function LazyPart(props: P) {
    const [, setAttempt] = useState(0);
    const Loaded = current;
    const retry = () => {
      current = fresh();
      setAttempt((n) => n + 1);
    };
    return (
      <PartBoundary onRetry={retry}>
        <Suspense fallback={<PartLoading />}>
          <Loaded {...props} />
        </Suspense>
      </PartBoundary>
    );
  }
  return LazyPart;
}

/** The line a part shows while its chunk is on its way. */
export function PartLoading() {
  const { t } = useTranslation('ui');
  return (
    <p className="hint" role="status" data-part-loading>
      {t('lazyPart.loading')}
    </p>
  );
}

/** What a part shows when its chunk could not be fetched: why, and a button that tries again. */
export function PartFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('ui');
  return (
    <div className="part-failed" role="alert">
      <p>{t('lazyPart.failed')}</p>
      <button type="button" className="small" onClick={onRetry}>
        {t('lazyPart.retry')}
      </button>
    </div>
  );
}

class PartBoundary extends Component<{ onRetry: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <PartFailed
        onRetry={() => {
          this.props.onRetry();
          this.setState({ failed: false });
        }}
      />
    );
  }
}
