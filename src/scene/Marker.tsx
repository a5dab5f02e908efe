import type { Vec3 } from '../mapping';

interface Props {
  readonly at: Vec3;
  readonly color: string;
  readonly label: string;
}

/** Marks a marker's group, so a picture of the head in another pose can leave the dots out. */
export const MARKER_DATA = { marker: true } as const;

/**
 * A dot with a white rim, drawn over everything: a trigger point or a pain point must stay
 * findable when it lies under the skin or behind a muscle.
 */
export function Marker({ at, color, label }: Props) {
  return (
    <group position={at} name={label} userData={MARKER_DATA}>
      <mesh renderOrder={10}>
        <sphereGeometry args={[0.0055, 16, 12]} />
        <meshBasicMaterial color="#ffffff" depthTest={false} transparent />
      </mesh>
      <mesh renderOrder={11}>
        <sphereGeometry args={[0.0038, 16, 12]} />
        <meshBasicMaterial color={color} depthTest={false} transparent />
      </mesh>
    </group>
  );
}
