export { useViewer, resetViewer, initialState } from './store';
export type { ViewerState, ViewerActions, ViewerStore } from './store';
export { useModelStatus, initialModelStatus } from './model-status';
export type { ModelStatus, ModelPhase } from './model-status';
export { encodeState, decodeState } from './url-codec';
export type { SharedState, LinkState, Decoded } from './url-codec';
export { onViewRequest, onLookRequest, onTurnRequest } from './camera-requests';
export {
  facingDirection,
  facingScore,
  followDirection,
  nextTurnDirection,
  placeLookPoints,
  zoneLookPoints,
} from './follow';
export type { QuizScreen } from './slices/quiz';
export { linkReady, startUrlSync } from './url-sync';
export { loadTours } from './tour-library';
export { lazyChunk } from './chunk';
export { useCandidates } from './candidates';
export { entryLead } from './candidates';
export type { ResultCandidate, ResultEntry } from './candidates';
export * from './types';
export * from './defaults';
export { isContextShown, isMuscleShown, zoneSurface } from './visibility';
export { selectionPeel, declinedPeel, isSelectedHidden, isMusclePeeled, isContextPeeled, layerToggleFor } from './peel';
export type { SelectionPeel } from './peel';
export { bestViewFor, patternViewsFor, stretchViewFor, viewsFacing } from './best-view';
export { usePreferences, loadPreferences, voices, isVoice, DEFAULT_VOICE } from './preferences';
export type { Voice, Preferences } from './preferences';
export type { Notice } from './notice';
export { demoPose } from './slices/stretch-demo';
export type { StretchDemo } from './slices/stretch-demo';
export { prefersReducedMotion } from './motion';
export { modelCannotPose, noticeNoJoints, NO_JOINTS_NOTICE } from './posable';
export { startPoseGuard } from './pose-guard';
export { startOfflineCopy } from './offline-copy';
export type { ExerciseDemo } from './slices/exercise-demo';
export {
  exercisePose,
  exercisePositions,
  exerciseShownPosition,
  exerciseShownPositionPose,
  FIRST_MOVED_POSITION,
} from './slices/exercise-demo';
export type { PostureView } from './slices/posture-view';
export { shownPose, demonstrationPlaying, colouredPose, demonstrationReach } from './demonstration';
export { stillPosition } from './demonstration-link';
export { postureChanges } from './posture-changes';
export type { LengthColours } from './length-colours';
