import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import modelUrl from '../../models/head-neck.glb?url';
import { VIEWS, type View, type ViewName } from './views';
import { parseJointNode } from '../../src/model-contract';
import {
  boneTransforms,
  jointLocalTransforms,
  namedPoses,
  stretchById,
  stretchPose,
  type Bone,
  type Pose,
} from '../../src/movement';

/** Renders one view of the model, chosen by the query string, for the screenshot script. */
const params = new URLSearchParams(location.search);
let view: View = VIEWS[(params.get('view') ?? 'front') as ViewName];
const showSkin = params.get('skin') !== 'off';
/** `skin=opaque` shows the face as a patient sees it. */
const opaqueSkin = params.get('skin') === 'opaque';
const hidden = new Set((params.get('hide') ?? '').split(',').filter(Boolean));
/** `only=a,b` shows just those muscles, to inspect one at a time. */
const only = new Set((params.get('only') ?? '').split(',').filter(Boolean));
const size = Number(params.get('size') ?? 800);
/**
 * `cut=<x>` cuts the bones on the subject's left away beyond x (metres), as a dissection removes
 * the zygomatic arch and the ramus to show the infratemporal fossa; the muscles stay whole and
 * the cut bone shows its inside.
 */
const cut = params.has('cut') ? new THREE.Plane(new THREE.Vector3(-1, 0, 0), Number(params.get('cut'))) : null;
/** `bones=c3,c4` shows just those bones (and no muscles), to inspect their shapes. */
const onlyBones = new Set((params.get('bones') ?? '').split(',').filter(Boolean));
/** `camera=x,y,z&target=x,y,z` (metres) overrides the view's camera, for close-ups. */
const numbers = (key: string): [number, number, number] | undefined => {
  const v = params.get(key)?.split(',').map(Number);
  return v?.length === 3 ? [v[0]!, v[1]!, v[2]!] : undefined;
};
if (params.has('camera'))
  view = { camera: numbers('camera')!, target: numbers('target') ?? view.target, fov: Number(params.get('fov') ?? 30) };

/**
 * `pose=<named pose>` (e.g. `mouth-open`) or `pose=<stretch id>,<left|right>` draws the model
 * posed as a viewer does, to look at what the posed-surfaces test measures.
 */
function poseOf(value: string | null): Pose | null {
  if (!value) return null;
  const [id, side] = value.split(',') as [string, string | undefined];
  if (!side) return namedPoses[id as keyof typeof namedPoses] ?? null;
  const stretch = stretchById(id);
  return stretch && (side === 'left' || side === 'right') ? stretchPose(stretch, side) : null;
}
const pose = poseOf(params.get('pose'));

const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(size, size);
renderer.setPixelRatio(1);
renderer.localClippingEnabled = cut !== null;
document.body.appendChild(renderer.domElement);

const scene = new THREE.Scene();
scene.background = new THREE.Color(0x1d2127);
// A lighter ground colour so undersides (skull base, suboccipital views) are not black.
scene.add(new THREE.HemisphereLight(0xffffff, 0x8a8580, 1.4));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
key.position.set(view.camera[0], view.camera[1], view.camera[2]);
key.position.add(new THREE.Vector3(0.3, 0.6, 0.2));
scene.add(key);
const fill = new THREE.DirectionalLight(0xffffff, 0.6);
fill.position.set(-view.camera[0], 0.2, -view.camera[2]);
scene.add(fill);

// A soft headlight, so surfaces facing the camera from below (skull base) are never black.
const headlight = new THREE.DirectionalLight(0xffffff, 0.7);
headlight.position.set(view.camera[0], view.camera[1], view.camera[2]);
scene.add(headlight);

const camera = new THREE.PerspectiveCamera(view.fov, 1, 0.01, 10);
camera.position.set(view.camera[0], view.camera[1], view.camera[2]);
camera.lookAt(view.target[0], view.target[1], view.target[2]);

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader.load(modelUrl, (gltf) => {
  gltf.scene.traverse((o) => {
    const name = (o.userData.name as string | undefined) ?? o.name;
    if (name === 'skin') o.visible = showSkin;
    const [kind, id, side] = name.split(':');
    if (kind === 'muscle' && only.size && !only.has(`${id}`)) o.visible = false;
    if (onlyBones.size && (kind === 'muscle' || name === 'skin')) o.visible = false;
    if (onlyBones.size && kind === 'bone' && !onlyBones.has(`${id}`)) o.visible = false;
    if (kind === 'muscle' && (hidden.has('ALL') || hidden.has(`${id}`) || hidden.has(`${id}:${side}`)))
      o.visible = false;
    if ((o as THREE.Mesh).isMesh) {
      const mesh = o as THREE.Mesh;
      const mat = mesh.material as THREE.MeshStandardMaterial;
      if (cut && kind === 'bone') {
        mat.clippingPlanes = [cut];
        mat.side = THREE.DoubleSide;
      }
      if (name === 'skin' && opaqueSkin) {
        // The file's skin blends (see-through by default), so the loader turned its depth writes
        // off: drawn opaque without them, the head's later triangles painted over the ear.
        mat.transparent = false;
        mat.opacity = 1;
        mat.depthWrite = true;
      } else if (name === 'skin') {
        mat.depthWrite = false;
        mesh.renderOrder = 1;
      }
    }
  });
  if (pose) {
    // Each joint's local matrix as the movement layer gives it (models/README.md, Skeleton).
    const local = jointLocalTransforms(boneTransforms(pose));
    gltf.scene.traverse((o) => {
      const body = parseJointNode((o.userData.name as string | undefined) ?? '') as Bone | null;
      if (!body) return;
      o.position.set(...local[body].translation);
      o.quaternion.set(...local[body].rotation);
    });
    gltf.scene.updateMatrixWorld(true);
  }
  scene.add(gltf.scene);
  renderer.render(scene, camera);
  (window as unknown as { renderDone: boolean }).renderDone = true;
});
