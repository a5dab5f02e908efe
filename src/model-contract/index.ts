/**
 * The model's node-name contract: what a glTF must name its parts for the viewer to use it.
 * Pure TypeScript on top of src/mapping (no three.js, React or DOM), shared by the model
 * generator, the viewer and the tests.
 */
export {
  ROOT_NODE,
  SKIN_NODE,
  BONE_PREFIX,
  MUSCLE_PREFIX,
  LANDMARK_PREFIX,
  CONTEXT_PREFIX,
  JOINT_PREFIX,
  boneNode,
  muscleNode,
  landmarkNode,
  contextNode,
  jointNode,
  nodeNamePattern,
  parseMuscleNode,
  parseLandmarkNode,
  parseContextNode,
  parseJointNode,
} from './node-names';
export { boneNames } from './bones';
export { contextMuscles, contextParts } from './context';
export { skeletonJoints, jointParent, type SkeletonJoint } from './joints';
export { expectedNodeNames, missingFromContract, missingJoints } from './check';
export { vertexAttributes, type VertexAttribute } from './attributes';
