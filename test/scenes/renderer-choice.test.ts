import { describe, expect, it } from 'vitest';
import { chooseRenderer } from '../../scenes/renderer-choice';

const GPU = 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)';
const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';

describe('chooseRenderer', () => {
  it('draws in WebGL where the browser has a GPU behind it', () => {
    expect(chooseRenderer('', GPU)).toEqual({ choice: 'webgl', problem: null });
  });

  it('draws on the 2D canvas where WebGL is software (SwiftShader, llvmpipe) or missing', () => {
    expect(chooseRenderer('', SWIFTSHADER).choice).toBe('canvas');
    expect(chooseRenderer('', 'llvmpipe (LLVM 15.0.6, 256 bits)').choice).toBe('canvas');
    expect(chooseRenderer('', 'Microsoft Basic Render Driver').choice).toBe('canvas');
    expect(chooseRenderer('', null).choice).toBe('canvas');
  });

  it('follows ?renderer= in the address either way', () => {
    expect(chooseRenderer('?renderer=webgl', SWIFTSHADER)).toEqual({ choice: 'webgl', problem: null });
    expect(chooseRenderer('?scenario=flu-season&renderer=canvas', GPU)).toEqual({ choice: 'canvas', problem: null });
  });

  it('says what is wrong with an unknown ?renderer= and chooses as if it were absent', () => {
    const { choice, problem } = chooseRenderer('?renderer=vulkan', GPU);
    expect(choice).toBe('webgl');
    expect(problem).toContain('renderer="vulkan"');
  });
});
