import { ShaderLib, type WebGLProgramParametersWithUniforms, type WebGLRenderer } from 'three';
import { describe, expect, it } from 'vitest';
import { createMaterials } from '../../src/scene/materials';

/** The vertex shader three would compile for the muscle material, after its own rewrite. */
function muscleVertexShader(): string {
  const shader = {
    vertexShader: ShaderLib.physical.vertexShader,
    fragmentShader: ShaderLib.physical.fragmentShader,
    uniforms: {},
  } as unknown as WebGLProgramParametersWithUniforms;
  createMaterials().muscle.onBeforeCompile(shader, {} as WebGLRenderer);
  return shader.vertexShader;
}

describe('tissue shading on a posed muscle', () => {
  it('turns the fibre direction with the joints, by the skinning matrix three makes before it', () => {
    const source = muscleVertexShader();
    const turned = source.indexOf('fibreDir = mat3(skinMatrix) * fibreDir;');
    expect(turned).toBeGreaterThan(-1);
    // three declares skinMatrix in this chunk; read before it, the program would not compile.
    expect(source.indexOf('#include <skinnormal_vertex>')).toBeGreaterThan(-1);
    expect(source.indexOf('#include <skinnormal_vertex>')).toBeLessThan(turned);
  });
});
