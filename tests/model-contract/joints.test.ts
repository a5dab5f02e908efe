import { describe, expect, it } from 'vitest';
import {
  jointNode,
  jointParent,
  missingJoints,
  nodeNamePattern,
  parseJointNode,
  skeletonJoints,
} from '../../src/model-contract';
import { bones } from '../../src/movement';
import { segmentJoints, spinalSegments } from '../../src/movement/joints';

describe('skeleton joints of the contract', () => {
  it('are the rigid bodies of the movement layer', () => {
    expect([...skeletonJoints].sort()).toEqual([...bones].sort());
  });

  it('follow the kinematic chain: each spinal segment turns its upper bone on its lower one', () => {
    for (const id of spinalSegments) expect(jointParent[segmentJoints[id].child]).toBe(segmentJoints[id].parent);
    expect(jointParent.mandible).toBe('skull');
    expect(jointParent['shoulder-girdle-left']).toBe('thorax');
    expect(jointParent.thorax).toBeNull();
  });

  it('list every parent before its children', () => {
    skeletonJoints.forEach((joint, i) => {
      const parent = jointParent[joint];
      if (parent) expect(skeletonJoints.indexOf(parent)).toBeLessThan(i);
    });
  });

  it('name their nodes within the contract and read back', () => {
    expect(jointNode('shoulder-girdle-left')).toBe('joint:shoulder-girdle-left');
    for (const joint of skeletonJoints) {
      expect(jointNode(joint)).toMatch(nodeNamePattern);
      expect(parseJointNode(jointNode(joint))).toBe(joint);
    }
    expect(parseJointNode('bone:c4')).toBeNull();
  });

  it('make a model posable only all together: missingJoints lists the ones a model lacks', () => {
    const all = skeletonJoints.map(jointNode);
    expect(missingJoints([...all, 'skin', 'bone:skull'])).toEqual([]);
    expect(missingJoints(['skin', 'bone:skull'])).toEqual(all);
    expect(missingJoints(all.filter((n) => n !== 'joint:mandible'))).toEqual(['joint:mandible']);
    // A name that only looks like one is not the joint.
    expect(missingJoints(['joint:C4', 'c4', ...all.filter((n) => n !== 'joint:c4')])).toEqual(['joint:c4']);
  });
});
