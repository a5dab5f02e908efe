/** The zone red as it comes out of the lit shader: strongly red, little green or blue. */
export const isZoneRed = (r: number, g: number, b: number): boolean => r > 150 && g < 90 && b < 90 && r - g > 90;

/** The selected muscle's amber (#ffc933 lit, also through the see-through skin): strong red and green, little blue. */
export const isSelectedAmber = (r: number, g: number, b: number): boolean =>
  r > 170 && g > 110 && b < 100 && r - b > 110 && r - g < 110;

/** A trigger point's violet dot (#3b1f9e, unlit): blue well above red and green. */
export const isTriggerPointViolet = (r: number, g: number, b: number): boolean =>
  b > 120 && r < 100 && g < 70 && b - r > 60;

/** The pain point's and named place's blue dot (#1f5cf2, unlit): blue far above red, green well below blue. */
export const isPainPointBlue = (r: number, g: number, b: number): boolean => b > 180 && r < 90 && g < 150 && b - g > 70;

/** The posture view's shortened muscles (#1e3a80, lit, under the ghosted skin): blue well above red and green. */
export const isShortenedBlue = (r: number, g: number, b: number): boolean =>
  b > 90 && b - r > 45 && b - g > 30 && r < 120;

/** The posture view's lengthened muscles (#a8e6ef, lit, under the ghosted skin): pale, green and blue above red. */
export const isLengthenedCyan = (r: number, g: number, b: number): boolean =>
  g > 150 && b > 150 && g - r > 20 && b - r > 20;
