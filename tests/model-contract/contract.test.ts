import { describe, expect, it } from 'vitest';
import { landmarks, muscles } from '../../src/mapping';
import {
  boneNames,
  boneNode,
  contextNode,
  contextParts,
  expectedNodeNames,
  landmarkNode,
  missingFromContract,
  muscleNode,
  nodeNamePattern,
  parseContextNode,
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

  it('names context parts, reads them back with their side, and never as muscles', () => {
    expect(contextNode('thyroid-cartilage')).toBe('context:thyroid-cartilage');
    expect(parseContextNode('context:thyroid-cartilage')).toEqual({ part: 'thyroid-cartilage', side: null });
    expect(parseContextNode('context:eye-left')).toEqual({ part: 'eye', side: 'left' });
    expect(parseContextNode('context:levator-labii-superioris-right')).toEqual({
      part: 'levator-labii-superioris',
      side: 'right',
    });
    // A clinic's own context part needs no entry anywhere, only kebab-case.
    expect(parseContextNode('context:hyoglossus-left')).toEqual({ part: 'hyoglossus', side: 'left' });
    for (const bad of ['context:', 'context:Eye', 'context:eye:left', 'muscle:eye:left', 'eye-left']) {
      expect(parseContextNode(bad), bad).toBeNull();
    }
    for (const part of contextParts) {
      expect(contextNode(part)).toMatch(nodeNamePattern);
      expect(parseMuscleNode(contextNode(part)), part).toBeNull();
    }
    expect('context:Eye').not.toMatch(nodeNamePattern);
    expect('context:eye:left').not.toMatch(nodeNamePattern);
  });

  it('asks a model for no context part: a clinic model without any still has all it needs', () => {
    for (const n of expectedNodeNames()) expect(n.startsWith('context:'), n).toBe(false);
  });

  it('lists the default context parts once each, paired parts on both sides', () => {
    expect(new Set(contextParts).size).toBe(contextParts.length);
    for (const part of contextParts) {
      const paired = /^(.+)-(left|right)$/.exec(part);
      if (paired) expect(contextParts).toContain(`${paired[1]}-${paired[2] === 'left' ? 'right' : 'left'}`);
    }
  });
});
