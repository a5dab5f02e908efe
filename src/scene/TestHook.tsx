import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Mesh, Raycaster, Vector2, Vector3, type Intersection } from 'three';
import { landmarks, paintedSamples, type LandmarkName, type Side, type Vec3 } from '../mapping';
import { useViewer } from '../state';
import { cameraState } from './camera-state';
import { useFrameTiming, type FrameTiming } from './frame-timing';
import { modelUrl, parseModel } from './load-model';
import { contextOf, firstPick, muscleOf } from './picking';
import { poseTestHook, type PoseTestHook } from './pose-test-hook';
import type { PreparedModel } from './prepare-model';
import { poseShadersWarm, shadersWarm } from './warm-shaders';

/** What the end-to-end tests may ask the page; present only in builds made for them. */
export interface ViewerTestHook extends FrameTiming, PoseTestHook {
  /** CSS pixel position of a landmark relative to the canvas's top-left corner, or null when unknown. */
  project(landmark: string): { x: number; y: number } | null;
  /** The same for a model-space point (metres). */
  projectPoint(p: readonly [number, number, number]): { x: number; y: number };
  /** The muscle's vertex nearest the camera (so surely in front), projected; null if absent. */
  projectMuscle(muscleId: string, side: Side): { x: number; y: number } | null;
  /** The same for a context part (its name after `context:`, e.g. `thyroid-cartilage`). */
  projectContext(name: string): { x: number; y: number } | null;
  isMoving(): boolean;
  /** The room's light measured afresh in this page, to compare with the shipped `ROOM_LIGHT`. */
  measureRoomLight(): Promise<number[]>;
  /** Where the camera is and the point it orbits (model space, metres). */
  cameraPose(): { position: [number, number, number]; target: [number, number, number] };
  /** The surface the pain drawing covers, as the mapping answers it and a quiz grades it. */
  paintedArea(): readonly Vec3[];
  /** Frames drawn so far: with frameloop "demand" it stands still while nothing changes. */
  frames(): number;
  /**
   * Shader programs the renderer holds, whether the warm-up compiles are done (plain, then
   * skinned), and the last frame's draw calls beside the meshes it could draw (visible ones).
   */
  renderCost(): { programs: number; warm: boolean; poseWarm: boolean; drawCalls: number; visibleMeshes: number };
  /** Meshes of the model with a picking tree (a BVH) so far, beside all its meshes. */
  pickingTrees(): { built: number; meshes: number };
  /** Geometries and textures the renderer holds on the GPU: a replaced model gives its share back. */
  memory(): { geometries: number; textures: number };
  /** Fetches the shown model's file and times decoding it as the viewer does (ms; `npm run bench`). */
  decodeModelMs(): Promise<number>;
}

declare global {
  interface Window {
    __viewerTest?: ViewerTestHook;
  }
}

/** Exposes projection of landmarks to screen for tests that click where a zone is. */
export function TestHook({ model }: { readonly model: PreparedModel }) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const scene = useThree((s) => s.scene);
  // The CameraRig's controls (made default), whose target is the orbit's centre.
  const controls = useThree((s) => s.controls) as { getTarget?: (out: Vector3) => Vector3 } | null;
  const frames = useRef(0);
  const timing = useFrameTiming(model);
  useFrame(() => {
    frames.current++;
  });
  useEffect(() => {
    const v = new Vector3();
    const raycaster = new Raycaster();
    raycaster.firstHitOnly = true;
    const projectPoint = (p: readonly [number, number, number]) => {
      v.set(p[0], p[1], p[2]).project(camera);
      return { x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height };
    };
    /**
     * The first of the meshes' triangles where a ray through that pixel picks what `picks`
     * accepts, as a user's pointer would.
     */
    const findPickable = (meshes: readonly Mesh[], picks: (hit: Intersection | null) => boolean) => {
      const w = new Vector3();
      const ndc = new Vector2();
      const a = new Vector3();
      const b = new Vector3();
      for (const mesh of meshes) {
        const pos = mesh.geometry.getAttribute('position');
        const index = mesh.geometry.getIndex();
        const triangles = index ? index.count / 3 : pos.count / 3;
        const corner = (t: number, k: number) => (index ? index.getX(t * 3 + k) : t * 3 + k);
        // Up to 2,000 triangles a mesh: a muscle may show only a small patch (the splenius capitis
        // from behind, between the trapezius and the SCM), which fewer samples passed over.
        const step = Math.max(1, Math.floor(triangles / 2000));
        for (let t = 0; t < triangles; t += step) {
          // A triangle's centroid, not a vertex: a ray through a vertex can slip between faces.
          w.fromBufferAttribute(pos, corner(t, 0));
          a.fromBufferAttribute(pos, corner(t, 1));
          b.fromBufferAttribute(pos, corner(t, 2));
          w.add(a).add(b).divideScalar(3).applyMatrix4(mesh.matrixWorld).project(camera);
          // Whole pixels, and the neighbours must agree: a silhouette edge is no place to click.
          const x = Math.round(((w.x + 1) / 2) * size.width);
          const y = Math.round(((1 - w.y) / 2) * size.height);
          const ok = [
            [0, 0],
            [3, 0],
            [-3, 0],
            [0, 3],
            [0, -3],
          ].every(([dx, dy]) => {
            ndc.set(((x + dx!) / size.width) * 2 - 1, 1 - ((y + dy!) / size.height) * 2);
            raycaster.setFromCamera(ndc, camera);
            return picks(firstPick(raycaster.intersectObject(model.root, true), 'explore'));
          });
          if (ok && w.z < 1) return { x, y };
        }
      }
      return null;
    };
    window.__viewerTest = {
      ...timing,
      ...poseTestHook(model),
      project(name) {
        const p = landmarks[name as LandmarkName];
        return p ? projectPoint(p) : null;
      },
      projectPoint,
      projectMuscle(muscleId, side) {
        return findPickable(model.muscles.get(`${muscleId}:${side}`) ?? [], (hit) => {
          const m = muscleOf(hit);
          return !!m && m.muscleId === muscleId && m.side === side;
        });
      },
      projectContext(name) {
        const mesh = model.context.get(name);
        return findPickable(mesh ? [mesh] : [], (hit) => contextOf(hit) === name);
      },
      // Still until the orbit controls are there: a test then starts from the rig's camera.
      isMoving: () => cameraState.moving || !cameraState.rigReady,
      // Fetched when asked: RoomEnvironment and LightProbeGenerator would count among the scripts
      // the bench weighs before the first frame, which the app itself never loads.
      measureRoomLight: () => import('./measure-room-light').then((m) => m.measureRoomLight(gl)),
      cameraPose() {
        const t = controls?.getTarget?.(new Vector3()) ?? new Vector3();
        return { position: camera.position.toArray(), target: t.toArray() };
      },
      paintedArea: () => paintedSamples(useViewer.getState().strokes),
      frames: () => frames.current,
      renderCost() {
        let visibleMeshes = 0;
        scene.traverseVisible((o) => void (o instanceof Mesh && visibleMeshes++));
        return {
          programs: gl.info.programs?.length ?? 0,
          warm: shadersWarm(gl),
          poseWarm: poseShadersWarm(gl),
          drawCalls: gl.info.render.calls,
          visibleMeshes,
        };
      },
      pickingTrees() {
        let built = 0;
        let meshes = 0;
        model.root.traverse((o) => {
          if (!(o instanceof Mesh)) return;
          meshes++;
          if (o.geometry.boundsTree) built++;
        });
        return { built, meshes };
      },
      memory: () => ({ geometries: gl.info.memory.geometries, textures: gl.info.memory.textures }),
      async decodeModelMs() {
        const data = await (await fetch(modelUrl)).arrayBuffer();
        const t0 = performance.now();
        await parseModel(data);
        return performance.now() - t0;
      },
    };
    return () => {
      delete window.__viewerTest;
    };
  }, [camera, controls, gl, scene, size, model, timing]);
  return null;
}
