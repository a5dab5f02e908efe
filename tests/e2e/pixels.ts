/** The zone red as it comes out of the lit shader: strongly red, little green or blue. */
export const isZoneRed = (r: number, g: number, b: number): boolean => r > 150 && g < 90 && b < 90 && r - g > 90;
