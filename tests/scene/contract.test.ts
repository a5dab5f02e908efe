import { describe, expect, it } from 'vitest';
import { landmarks, muscles } from '../../src/mapping';
import { expectedNodeNames, missingFromContract, parseMuscleNode } from '../../src/scene/contract';

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

  it('reads muscle node names and nothing else', () => {
    expect(parseMuscleNode('muscle:upper-trapezius:left')).toEqual({ muscleId: 'upper-trapezius', side: 'left' });
    expect(parseMuscleNode('muscle:upper-trapezius:middle')).toBeNull();
    expect(parseMuscleNode('bone:skull')).toBeNull();
  });
});
