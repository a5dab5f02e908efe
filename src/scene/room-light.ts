/**
 * The light from all round in three's RoomEnvironment, as the nine spherical-harmonic colours of
 * a light probe (r, g, b per coefficient), measured by `measureRoomLight` in
 * `measure-room-light.ts`. Shipped as numbers: measuring in the page drew the room into a cube
 * and read it back, a second or so and one more full frame on a software GPU, for the same
 * 27 numbers every time. `tests/e2e/look.test.ts` measures again and compares; after a three.js
 * upgrade that changes the room, paste the numbers it prints.
 */
// prettier-ignore
export const ROOM_LIGHT: readonly number[] = [
  3.82186, 3.82186, 3.82186,
  1.70707, 1.70707, 1.70707,
  1.64979, 1.64979, 1.64979,
  0.25972, 0.25972, 0.25972,
  0.19261, 0.19261, 0.19261,
  0.9987, 0.9987, 0.9987,
  1.63464, 1.63464, 1.63464,
  -0.28874, -0.28874, -0.28874,
  -0.53035, -0.53035, -0.53035,
];
