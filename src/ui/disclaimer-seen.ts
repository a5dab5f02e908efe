const KEY = 'disclaimer-seen';

/**
 * Whether this tab has had the disclaimer (it opens by itself on a first visit). Storage can be
 * switched off or refused; the disclaimer then simply shows on every visit.
 */
export function disclaimerSeen(): boolean {
  try {
    // Only our own mark counts: anything else in that slot must not skip the red flags.
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function markDisclaimerSeen(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Nothing to remember it in.
  }
}
