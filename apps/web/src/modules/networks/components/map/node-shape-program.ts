import type { Attributes } from 'graphology-types';
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

// A node drawn as a circle, square or diamond (a_shape 0, 1, 2) with a ring of
// its own colour (a_ring: the ring's width as a share of the radius). Sigma's
// own programs only draw discs, and the map must not tell kinds apart by
// colour alone.

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_ringColor;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_ring;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec4 v_ringColor;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
varying float v_ring;

const float bias = 255.0 / 254.0;
// The triangle is drawn larger than sigma's disc triangle so that square
// corners and diamond points fit inside it.
const float spread = 1.6;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = spread * size * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);

  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_shape = a_shape;
  v_ring = a_ring;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
  v_ringColor = a_ringColor;
  v_ringColor.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec4 v_ringColor;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
varying float v_ring;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  vec2 p = v_diffVector / v_radius;
  // Distance to the edge in radii: 1.0 on the outline. Square and diamond
  // have the same area as the disc.
  float d = length(p);
  if (v_shape > 1.5) d = (abs(p.x) + abs(p.y)) / 1.25;
  else if (v_shape > 0.5) d = max(abs(p.x), abs(p.y)) / 0.886;

  float aa = u_correctionRatio * 2.0 / v_radius;

  #ifdef PICKING_MODE
  gl_FragColor = d > 1.0 ? transparent : v_color;
  #else
  vec4 inside = d > 1.0 - v_ring ? v_ringColor : v_color;
  float t = clamp((d - 1.0 + aa) / aa, 0.0, 1.0);
  gl_FragColor = mix(inside, transparent, t);
  #endif
}
`;

const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;

type ShapeDisplayData = NodeDisplayData & { shape?: number; ring?: number; ringColor?: string };

export class NodeShapeProgram<N extends Attributes = Attributes> extends NodeProgram<(typeof UNIFORMS)[number], N> {
  getDefinition() {
    // Read here, not at import, so the module loads where WebGL does not exist.
    const { UNSIGNED_BYTE, FLOAT, TRIANGLES } = WebGLRenderingContext;
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_shape', size: 1, type: FLOAT },
        { name: 'a_ring', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_ringColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: ShapeDisplayData) {
    const array = this.array;
    array[startIndex++] = data.x;
    array[startIndex++] = data.y;
    array[startIndex++] = data.size;
    array[startIndex++] = data.shape ?? 0;
    array[startIndex++] = data.ring ?? 0;
    array[startIndex++] = floatColor(data.color);
    array[startIndex++] = floatColor(data.ringColor ?? data.color);
    array[startIndex] = nodeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo) {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}
