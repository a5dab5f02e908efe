// @vitest-environment jsdom
import {
  BoxGeometry,
  DataTexture,
  Mesh,
  MeshStandardMaterial,
  type BufferGeometry,
  type Material,
  type Texture,
} from 'three';
import { describe, expect, it } from 'vitest';
import { disposeModel, prepareModel, type PreparedModel } from '../../src/scene/prepare-model';
import { useDisposeReplacedModel } from '../../src/scene/useModelLoader';
import { act, renderScene } from './render-scene';
import { syntheticModel } from './synthetic-model';

type Disposable = BufferGeometry | Material | Texture;

/** Records which of `things` have been disposed (three.js says so with a `dispose` event). */
function watchDisposal(things: Iterable<Disposable>): Set<Disposable> {
  const disposed = new Set<Disposable>();
  for (const thing of things) thing.addEventListener('dispose', () => disposed.add(thing));
  return disposed;
}

const texture = () => new DataTexture(new Uint8Array(4 * 4 * 4), 4, 4);

/**
 * The synthetic model as a file would bring it: every mesh with its own material and a texture
 * map, and one mesh outside the naming contract (a stand or a label), which keeps its own.
 */
function modelFromAFile() {
  const root = syntheticModel(['temporalis']);
  const stand = new Mesh(new BoxGeometry(0.1, 0.01, 0.1));
  stand.name = 'Stand';
  root.add(stand);
  const fileMaterials: MeshStandardMaterial[] = [];
  const fileTextures: Texture[] = [];
  const geometries: BufferGeometry[] = [];
  root.traverse((o) => {
    if (!(o instanceof Mesh)) return;
    const map = texture();
    const normalMap = texture();
    const material = new MeshStandardMaterial({ map, normalMap });
    o.material = material;
    fileMaterials.push(material);
    fileTextures.push(map, normalMap);
    geometries.push(o.geometry as BufferGeometry);
  });
  return { root, stand, fileMaterials, fileTextures, geometries };
}

describe('a model that is replaced', () => {
  it("gives back the file's materials and textures that the viewer's own materials replace", () => {
    const file = modelFromAFile();
    const standMaterial = file.stand.material as MeshStandardMaterial;
    const disposed = watchDisposal([...file.fileMaterials, ...file.fileTextures]);
    prepareModel(file.root);
    const replaced = file.fileMaterials.filter((m) => m !== standMaterial);
    for (const m of replaced) {
      expect(disposed.has(m)).toBe(true);
      expect(disposed.has(m.map!)).toBe(true);
      expect(disposed.has(m.normalMap!)).toBe(true);
    }
    // What the viewer does not replace is still in use.
    expect(disposed.has(standMaterial)).toBe(false);
    expect(disposed.has(standMaterial.map!)).toBe(false);
  });

  it('gives back every geometry, material and texture of the old model when it goes', () => {
    const file = modelFromAFile();
    const model = prepareModel(file.root);
    const standMaterial = file.stand.material as MeshStandardMaterial;
    const inUse = [
      ...file.geometries,
      ...model.materials.all,
      standMaterial,
      standMaterial.map!,
      standMaterial.normalMap!,
    ];
    const disposed = watchDisposal(inUse);
    disposeModel(model);
    expect(inUse.filter((thing) => !disposed.has(thing)).map((thing) => thing.constructor.name)).toEqual([]);
  });

  it('gives back materials given as a list, and a texture shared by two materials only once', () => {
    const file = modelFromAFile();
    const shared = texture();
    const a = new MeshStandardMaterial({ map: shared });
    const b = new MeshStandardMaterial({ emissiveMap: shared });
    file.stand.material = [a, b];
    let disposals = 0;
    shared.addEventListener('dispose', () => disposals++);
    const disposed = watchDisposal([a, b]);
    disposeModel(prepareModel(file.root));
    expect(disposed.has(a) && disposed.has(b)).toBe(true);
    expect(disposals).toBe(1);
  });

  it('is disposed in the commit that takes it out of the scene, and the new one is left alone', async () => {
    function Shown({ model }: { readonly model: PreparedModel }) {
      useDisposeReplacedModel(model);
      return <primitive object={model.root} />;
    }
    const first = prepareModel(modelFromAFile().root);
    const second = prepareModel(modelFromAFile().root);
    const disposedFirst = watchDisposal(first.materials.all);
    const disposedSecond = watchDisposal(second.materials.all);
    const scene = await renderScene(<Shown model={first} />);
    expect(disposedFirst.size).toBe(0);
    await act(async () => scene.root.render(<Shown model={second} />));
    expect(disposedFirst.size).toBe(first.materials.all.length);
    expect(disposedSecond.size).toBe(0);
    await scene.unmount();
  });
});
