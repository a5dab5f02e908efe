import { answerJob } from './bounds-tree-answer';
import type { BoundsTreeJob } from './bounds-tree-job';

/*
 * Builds picking trees off the page's thread: the trees of the whole model took about a second
 * of main-thread work after the first frame on a 2-core machine, during which the page could not
 * answer input (it counted as blocking time).
 */
self.onmessage = (event: MessageEvent<BoundsTreeJob>) => {
  const { result, transfer } = answerJob(event.data);
  self.postMessage(result, { transfer });
};
