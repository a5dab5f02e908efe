import { describe, expect, it } from 'vitest';
import { measureMuscle } from '../../../scripts/lib/anatomy/figures';
import { MeasureScene } from '../../../scripts/lib/anatomy/model';
import type { MeasureMesh } from '../../../scripts/lib/anatomy/mesh';
import { box } from './shapes';

// A 10 mm cube taken as the digastric's anterior belly, with context parts beside it.
const BELLY = 'muscle:digastric-anterior:left';

function sceneOf(meshes: readonly MeasureMesh[]): MeasureScene {
  return new MeasureScene({
    bytes: 0,
    triangles: 0,
    meshes: new Map(meshes.map((m) => [m.name, m])),
    landmarks: new Map(),
    materials: [],
  });
}

/** The belly's figures in a scene (the scene's own node for it, so it is not its own neighbour). */
const measured = (scene: MeasureScene) => measureMuscle(scene, scene.muscles[0]!);

describe('context muscles in the anatomy checks', () => {
  it('are told from the other context parts', () => {
    const scene = sceneOf([
      box(BELLY, [0, 0, 0], [10, 10, 10]),
      box('context:mylohyoid', [20, 0, 0], [30, 10, 10]),
      box('context:trachea', [40, 0, 0], [50, 10, 10]),
      box('bone:c3', [60, 0, 0], [70, 10, 10]),
    ]);
    expect(scene.contextMuscles.map((m) => m.name)).toEqual(['context:mylohyoid']);
    expect(scene.others.map((m) => m.name)).toEqual(['context:mylohyoid', 'context:trachea']);
  });

  it('are a muscle to rest on and not to pass into; another context part is neither', () => {
    const belly = box(BELLY, [0, 0, 0], [10, 10, 10]);
    const resting = measured(sceneOf([belly, box('context:mylohyoid', [11.5, 0, 0], [21.5, 10, 10])]));
    expect(resting.contact.touching).toBe(0.5);
    const into = measured(sceneOf([belly, box('context:mylohyoid', [9, -1, -1], [19, 11, 11])]));
    expect(into.intoMuscle.deepestIn).toBe('context:mylohyoid');
    expect(into.intoMuscle.maxDepth).toBeCloseTo(1, 6);
    const cartilage = measured(sceneOf([belly, box('context:trachea', [11.5, 0, 0], [21.5, 10, 10])]));
    // The trachea is something near (its side's corners do not float), not a muscle to rest on.
    expect(cartilage.contact.touching).toBe(0);
    expect(cartilage.contact.floating).toBe(0.5);
  });
});
