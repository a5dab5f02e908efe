// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialModelStatus, useModelStatus } from '../../src/state';
import { Disclaimer } from '../../src/ui/Disclaimer';
import { redFlagsChunk } from '../../src/ui/red-flags-part';

/*
 * The red flags come in a chunk of their own (src/ui/red-flags-part.ts). These tests share one
 * module state, as a page does: the first sees them not yet fetched, the next fetch them.
 */
const redFlagsShown = () => document.querySelector('.red-flags') !== null;
const loadingLine = () => document.querySelector('.disclaimer [data-part-loading]') !== null;

afterEach(() => {
  cleanup();
  useModelStatus.setState({ ...initialModelStatus });
});

describe('the red flags of a closed disclaimer', () => {
  it('are not fetched before the first frame with the model', () => {
    useModelStatus.setState({ ...initialModelStatus });
    render(<Disclaimer open={false} onClose={() => undefined} />);
    // render() has run the effects: a fetch asked for would have left the chunk loading.
    expect(redFlagsChunk.snapshot().state).toBe('idle');
    expect(redFlagsShown()).toBe(false);
    expect(loadingLine()).toBe(true);
  });

  it('are in once the first frame is out, before the dialog is opened again', async () => {
    render(<Disclaimer open={false} onClose={() => undefined} />);
    useModelStatus.setState({ phase: 'ready', firstFrameDrawn: true });
    await waitFor(() => expect(redFlagsShown()).toBe(true));
    expect(loadingLine()).toBe(false);
  });
});
