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

/**
 * How much of the model has come, 0..1, or null when that cannot be known. A server that
 * compresses the model and states the compressed length (as many CDNs do) lets the browser count
 * the bytes it has unpacked against the bytes on the wire: past the length, the fraction would
 * run on to 150 % and stop there, so it becomes unknown instead.
 */
export function downloadFraction(e: Pick<ProgressEvent, 'lengthComputable' | 'loaded' | 'total'>): number | null {
  if (!e.lengthComputable || e.total <= 0 || e.loaded > e.total) return null;
  return e.loaded / e.total;
}

export function loadModelFromUrl(url: string, onProgress: (fraction: number | null) => void): Promise<Object3D> {
  return new Promise((resolve, reject) => {
    loader().load(
      url,
      (gltf) => resolve(gltf.scene),
      (e) => onProgress(downloadFraction(e)),
      (err) => reject(err instanceof Error ? err : new Error(String(err))),
    );
  });
}

/** A .glb's bytes decoded into a scene (its meshopt-compressed buffers unpacked). */
export async function parseModel(data: ArrayBuffer): Promise<Object3D> {
  return (await loader().parseAsync(data, '')).scene;
}

/** A .glb dropped onto the page (a .gltf with separate files cannot be read from one drop). */
export async function loadModelFromFile(file: File): Promise<Object3D> {
  return parseModel(await file.arrayBuffer());
}
