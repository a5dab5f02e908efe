import { Vector3 } from 'three';
import { landmarks as mappingLandmarks, pointMToMm, type MuscleId, type Side } from '../../../src/mapping';
import { attachments } from '../../../src/mapping/attachments';
import { BONE_PREFIX, contextMuscles, contextNode, parseMuscleNode, SKIN_NODE } from '../../../src/model-contract';
import { Spatial, type MeasureMesh } from './mesh';
import { MusclePath, pathFromAttachment, pathFromFibreCoordinates } from './path';

/** A material as the checks see it. */
export interface MaterialInfo {
  readonly name: string;
  readonly metallic: number;
  readonly roughness: number;
}

/** A contract model read for measuring: every mesh node in world millimetres. */
export interface MeasureModel {
  readonly bytes: number;
  readonly triangles: number;
  readonly meshes: ReadonlyMap<string, MeasureMesh>;
  /** Landmark empties by landmark name (`porion-left`), world mm. */
  readonly landmarks: ReadonlyMap<string, readonly [number, number, number]>;
  readonly materials: readonly MaterialInfo[];
}

export interface MuscleNode {
  readonly node: string;
  readonly id: MuscleId;
  readonly side: Side;
  readonly mesh: MeasureMesh;
}

/**
 * The model with what every check shares, built once: each mesh's tree, the muscles by id and
 * side, the bones, the skin and any other structure (`context:` nodes and whatever else a model
 * adds), and each muscle's path.
 */
export class MeasureScene {
  private readonly trees = new Map<string, Spatial>();
  private readonly paths = new Map<string, MusclePath | null>();
  readonly muscles: readonly MuscleNode[];
  readonly bones: readonly MeasureMesh[];
  readonly skin: MeasureMesh | undefined;
  /** Context parts that are muscles (`contextMuscles`): neighbours a muscle rests on, not trigger-point muscles. */
  readonly contextMuscles: readonly MeasureMesh[];
  /** Meshes that are neither muscle, bone nor skin (context structures, context muscles included). */
  readonly others: readonly MeasureMesh[];

  constructor(readonly model: MeasureModel) {
    const muscles: MuscleNode[] = [];
    const bones: MeasureMesh[] = [];
    const others: MeasureMesh[] = [];
    for (const [node, mesh] of model.meshes) {
      const parsed = parseMuscleNode(node);
      if (parsed) muscles.push({ node, id: parsed.muscleId, side: parsed.side, mesh });
      else if (node.startsWith(BONE_PREFIX)) bones.push(mesh);
      else if (node !== SKIN_NODE) others.push(mesh);
    }
    this.muscles = muscles;
    this.bones = bones;
    this.skin = model.meshes.get(SKIN_NODE);
    this.others = others;
    const contextMuscleNodes = new Set(contextMuscles.map(contextNode));
    this.contextMuscles = others.filter((o) => contextMuscleNodes.has(o.name));
  }

  spatial(mesh: MeasureMesh): Spatial {
    let s = this.trees.get(mesh.name);
    if (!s) {
      s = new Spatial(mesh);
      this.trees.set(mesh.name, s);
    }
    return s;
  }

  muscle(id: MuscleId, side: Side): MuscleNode | undefined {
    return this.muscles.find((m) => m.id === id && m.side === side);
  }

  /**
   * The muscle's origin-to-insertion path: from its fibre coordinates when the mesh has them,
   * else from the attachment data as the generator lays it; null for a ring (no single course).
   */
  path(m: MuscleNode): MusclePath | null {
    if (!this.paths.has(m.node)) {
      const att = attachments[m.id];
      this.paths.set(
        m.node,
        att.form === 'ring' ? null : (pathFromFibreCoordinates(m.mesh) ?? pathFromAttachment(att, m.side)),
      );
    }
    return this.paths.get(m.node)!;
  }

  /** A landmark from the model's own empties, else from the mapping (mm). */
  landmark(name: string): Vector3 {
    const known = (mappingLandmarks as Record<string, readonly [number, number, number] | undefined>)[name];
    const p = this.model.landmarks.get(name) ?? (known && pointMToMm(known));
    if (!p) throw new Error(`no landmark ${name} in the model or the mapping`);
    return new Vector3(p[0], p[1], p[2]);
  }
}
