/**
 * A fresh seed for "New quiz". Six digits at most, so a teacher can read it out to a class; links
 * may carry any 32-bit seed. A file of its own: the header's quiz button needs only this, and the
 * questions, grading and pain guide behind a session load with the quiz.
 */
export function newSeed(random: () => number = Math.random): number {
  return 1 + Math.floor(random() * 999_999);
}
