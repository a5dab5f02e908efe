import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { landmarks, type LandmarkName } from '../mapping';
import { cameraState } from './camera-state';

/** What the end-to-end tests may ask the page; present only in builds made for them. */
export interface ViewerTestHook {
  /** CSS pixel position of a landmark relative to the canvas's top-left corner, or null when unknown. */
  project(landmark: string): { x: number; y: number } | null;
  isMoving(): boolean;
}

declare global {
  interface Window {
    __viewerTest?: ViewerTestHook;
  }
}

/** Exposes projection of landmarks to screen for tests that click where a zone is. */
export function TestHook() {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  useEffect(() => {
    const v = new Vector3();
    window.__viewerTest = {
      project(name) {
        const p = landmarks[name as LandmarkName];
        if (!p) return null;
        v.set(p[0], p[1], p[2]).project(camera);
        return { x: ((v.x + 1) / 2) * size.width, y: ((1 - v.y) / 2) * size.height };
      },
      isMoving: () => cameraState.moving,
    };
    return () => {
      delete window.__viewerTest;
    };
  }, [camera, size]);
  return null;
}
