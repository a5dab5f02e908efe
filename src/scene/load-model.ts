import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/*
 * The bundled model, found with a glob so a checkout without the generated file still builds
 * (the viewer then says the model is missing and keeps its panels working).
 */
const bundled = import.meta.glob<string>('../../models/head-neck.glb', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** A clinic's own model chosen at build time (VITE_MODEL_URL) wins over the bundled one. */
export const modelUrl: string = import.meta.env.VITE_MODEL_URL || Object.values(bundled)[0] || 'models/head-neck.glb';

function loader(): GLTFLoader {
  // The decoder ships inside the bundle: nothing is fetched from another origin.
  return new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
}

export function loadModelFromUrl(url: string, onProgress: (fraction: number | null) => void): Promise<Object3D> {
  return new Promise((resolve, reject) => {
    loader().load(
      url,
      (gltf) => resolve(gltf.scene),
      (e) => onProgress(e.lengthComputable && e.total > 0 ? e.loaded / e.total : null),
      (err) => reject(err instanceof Error ? err : new Error(String(err))),
    );
  });
}

/** A .glb dropped onto the page (a .gltf with separate files cannot be read from one drop). */
export async function loadModelFromFile(file: File): Promise<Object3D> {
  const data = await file.arrayBuffer();
  const gltf = await loader().parseAsync(data, '');
  return gltf.scene;
}
