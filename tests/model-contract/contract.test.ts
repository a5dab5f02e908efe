import { describe, expect, it } from 'vitest';
import { landmarks, muscles } from '../../src/mapping';
import {
  boneNames,
  boneNode,
  expectedNodeNames,
  landmarkNode,
  missingFromContract,
  muscleNode,
  nodeNamePattern,
  parseLandmarkNode,
  parseMuscleNode,
  ROOT_NODE,
} from '../../src/model-contract';

describe('model naming contract', () => {
  it('expects skin, every muscle on both sides and every landmark', () => {
    const names = expectedNodeNames();
    expect(names).toContain('skin');
    expect(names).toContain('muscle:upper-trapezius:left');
    expect(names).toContain('landmark:pterion-right');
    expect(names).toHaveLength(1 + muscles.length * 2 + Object.keys(landmarks).length);
  });

  it('lists what a model lacks in plain names', () => {
    const all = [...expectedNodeNames(), 'bone:skull'];
    expect(missingFromContract(all)).toEqual([]);
    const missing = missingFromContract(all.filter((n) => n !== 'muscle:temporalis:left' && !n.startsWith('bone:')));
    expect(missing).toEqual(['bone:<name> (no bones at all)', 'muscle:temporalis:left']);
  });

  it('builds names and reads them back', () => {
    expect(muscleNode('upper-trapezius', 'left')).toBe('muscle:upper-trapezius:left');
    expect(parseMuscleNode(muscleNode('upper-trapezius', 'left'))).toEqual({
      muscleId: 'upper-trapezius',
      side: 'left',
    });
    expect(parseLandmarkNode(landmarkNode('porion-left'))).toBe('porion-left');
    expect(parseLandmarkNode('bone:skull')).toBeNull();
  });

  it('reads muscle node names of catalogue muscles and nothing else', () => {
    expect(parseMuscleNode('muscle:upper-trapezius:middle')).toBeNull();
    expect(parseMuscleNode('muscle:spleen:left')).toBeNull();
    expect(parseMuscleNode('bone:skull')).toBeNull();
  });

  it('allows every name it builds, and no other', () => {
    const names = [ROOT_NODE, ...expectedNodeNames(), ...boneNames.map(boneNode)];
    for (const n of names) expect(n).toMatch(nodeNamePattern);
    for (const n of ['Skin', 'bone:', 'muscle:temporalis', 'muscle:temporalis:middle', 'landmark:', 'mesh_0']) {
      expect(n).not.toMatch(nodeNamePattern);
    }
  });
});
