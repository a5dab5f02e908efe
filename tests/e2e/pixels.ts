import { PNG } from 'pngjs';

/** The zone red as it comes out of the lit shader: strongly red, little green or blue. */
export const isZoneRed = (r: number, g: number, b: number): boolean => r > 150 && g < 90 && b < 90 && r - g > 90;

/** Counts zone-red pixels in the left and right halves of a PNG screenshot. */
export function redByHalf(png: Buffer): { left: number; right: number; width: number; height: number } {
  const img = PNG.sync.read(png);
  let left = 0;
  let right = 0;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (isZoneRed(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!)) {
        if (x < img.width / 2) left++;
        else right++;
      }
    }
  return { left, right, width: img.width, height: img.height };
}
