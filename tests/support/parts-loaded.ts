import { waitFor } from '@testing-library/react';

/**
 * Waits until no part of the screen is still being fetched: a panel in a chunk of its own
 * (`src/ui/lazy-part.tsx`) shows its loading line for a moment the first time it appears.
 */
export async function partsLoaded(): Promise<void> {
  await waitFor(() => {
    if (document.querySelector('[data-part-loading]')) throw new Error('a part of the screen is still loading');
  });
}
