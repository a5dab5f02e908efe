import { Document, NodeIO } from '@gltf-transform/core';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openViewer } from './browser';
import { useBuiltApp, usePages } from './session';

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
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toMatch(/model "clinic.glb" lacks \d+ named parts/);
    await summary.click();
    const missing = await page.locator('.model-status.missing li').allTextContents();
    expect(missing).toContain('muscle:upper-trapezius:left');
    expect(missing).toContain('landmark:pterion-left');
    expect(missing).not.toContain('muscle:temporalis:left');
    expect(missing).not.toContain('skin');
    await page.screenshot({ path: join(here, 'screenshots-tmp', 'clinic-model-check.png') });
  });
});
