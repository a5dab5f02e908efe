import { Group, Mesh, type Intersection } from 'three';
import { describe, expect, it } from 'vitest';
import { firstPick, muscleOf, pointerMode } from '../../src/scene/picking';

function part(name: string, userPart: object, visible = true): Intersection {
  const mesh = new Mesh();
  mesh.name = name;
  mesh.userData.part = userPart;
  mesh.visible = visible;
  new Group().add(mesh);
  return { object: mesh, distance: 0, point: mesh.position } as Intersection;
}

const skin = part('skin', { kind: 'skin' });
const hiddenTrapezius = part('t', { kind: 'muscle', muscle: { muscleId: 'upper-trapezius', side: 'left' } }, false);
const splenius = part('s', { kind: 'muscle', muscle: { muscleId: 'splenius-capitis', side: 'left' } });

describe('picking', () => {
  it('in explore mode looks through the skin and past hidden muscles to the first shown muscle', () => {
    const hit = firstPick([skin, hiddenTrapezius, splenius], 'explore');
    expect(muscleOf(hit)).toEqual({ muscleId: 'splenius-capitis', side: 'left' });
  });

  it('when pointing at pain, takes the first visible surface, skin included', () => {
    expect(firstPick([skin, splenius], 'point')).toBe(skin);
    expect(muscleOf(firstPick([skin, splenius], 'point'))).toBeNull();
  });

  it('an inert head (a quiz question) picks nothing in any mode', () => {
    expect(pointerMode({ mode: 'explore', headInput: 'inert' })).toBe('inert');
    expect(pointerMode({ mode: 'draw', headInput: 'live' })).toBe('draw');
    expect(firstPick([skin, splenius], pointerMode({ mode: 'explore', headInput: 'inert' }))).toBeNull();
    expect(firstPick([skin, splenius], pointerMode({ mode: 'point', headInput: 'inert' }))).toBeNull();
  });

  it('ignores meshes whose parent is hidden and meshes outside the contract', () => {
    const inHiddenGroup = part('x', { kind: 'bone' });
    inHiddenGroup.object.parent!.visible = false;
    const stranger = { object: new Mesh(), distance: 0, point: skin.point } as Intersection;
    expect(firstPick([stranger, inHiddenGroup], 'point')).toBeNull();
  });
});
