import { Document, NodeIO } from '@gltf-transform/core';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openViewer, settle } from './browser';
import { useBuiltApp, usePages } from './session';
import { texturedModel } from './test-models';

const here = fileURLToPath(new URL('.', import.meta.url));
const app = useBuiltApp();
const openChecked = usePages(app);

/** A clinic's model that keeps only part of the naming contract: a skin, a skull and one muscle. */
async function partialModel(): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const scene = doc.createScene();
  const tetra = (name: string, s: number) => {
    const positions = new Float32Array([s, s, s, -s, -s, s, -s, s, -s, s, -s, -s]);
    const indices = new Uint16Array([0, 1, 2, 0, 3, 1, 0, 2, 3, 1, 3, 2]);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer));
    scene.addChild(doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim)));
  };
  tetra('skin', 0.1);
  tetra('bone:skull', 0.08);
  tetra('muscle:temporalis:left', 0.03);
  return new NodeIO().writeBinary(doc);
}

describe("a clinic's own model", () => {
  it('dropped onto the page, is checked against the naming contract and what it lacks is listed', async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
    await openViewer(page, app.url);
    const bytes = Array.from(await partialModel());
    await page.evaluate((data) => {
      const file = new File([new Uint8Array(data)], 'clinic.glb', { type: 'model/gltf-binary' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, bytes);
    const summary = page.locator('.model-status.missing summary');
    await expect
      .poll(() => summary.textContent(), { timeout: 60_000 })
      .toMatch(/model "clinic.glb" lacks \d+ named parts/);
    await summary.click();
    const missing = await page.locator('.model-status.missing li').allTextContents();
    expect(missing).toContain('muscle:upper-trapezius:left');
    expect(missing).toContain('landmark:pterion-left');
    expect(missing).not.toContain('muscle:temporalis:left');
    expect(missing).not.toContain('skin');
    await page.screenshot({ path: join(here, 'screenshots-tmp', 'clinic-model-check.png') });
  });

  it('replacing a dropped model gives its geometries and textures back to the GPU', async () => {
    const { page } = await openChecked({ viewport: { width: 1000, height: 700 } });
    // Camera moves at once: the same model again asks the camera to where it already is.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openViewer(page, app.url);
    const bytes = Array.from(await texturedModel());
    const dropAndDraw = async (name: string) => {
      await dropFile(page, bytes, name);
      await expect
        .poll(() => page.locator('.model-status.missing summary').textContent(), { timeout: 60_000 })
        .toContain(`"${name}"`);
      await settle(page);
      return page.evaluate(() => window.__viewerTest!.memory());
    };
    const first = await dropAndDraw('first.glb');
    expect(first.textures).toBeGreaterThan(0);
    // The same model again, twice: what the GPU holds stays as it was with one.
    expect(await dropAndDraw('second.glb')).toEqual(first);
    expect(await dropAndDraw('third.glb')).toEqual(first);
  });
});

/** Drops a file onto the page as a user dragging it from the desktop would. */
async function dropFile(page: Page, bytes: number[], name: string): Promise<void> {
  await page.evaluate(
    ([data, fileName]) => {
      const file = new File([new Uint8Array(data as number[])], fileName as string, { type: 'model/gltf-binary' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    },
    [bytes, name] as const,
  );
}
