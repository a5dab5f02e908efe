import { hypot } from '../../src/mapping/vec';
import { smin, type Sdf } from './sdf';

/** Distance to a union of many small spheres, bucketed on a grid so each query stays local. */
export class SphereField {
  private readonly cells = new Map<string, number[]>();
  private readonly data: number[] = [];
  constructor(private readonly cell = 10) {}

  add(x: number, y: number, z: number, r: number): void {
    const id = this.data.length;
    this.data.push(x, y, z, r);
    const reach = Math.ceil(r / this.cell);
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    const cz = Math.floor(z / this.cell);
    for (let i = -reach; i <= reach; i++)
      for (let j = -reach; j <= reach; j++)
        for (let k = -reach; k <= reach; k++) {
          const key = `${cx + i},${cy + j},${cz + k}`;
          const list = this.cells.get(key);
          if (list) list.push(id);
          else this.cells.set(key, [id]);
        }
  }

  /** Signed distance, capped at one cell away (beyond that nothing here matters). */
  readonly f: Sdf = (x, y, z) => {
    const list = this.cells.get(
      `${Math.floor(x / this.cell)},${Math.floor(y / this.cell)},${Math.floor(z / this.cell)}`,
    );
    let d = this.cell;
    if (!list) return d;
    const s = this.data;
    for (const id of list) {
      // A smooth union, so the cover over a deeper muscle has no dimple between its spheres.
      d = smin(d, hypot(x - s[id]!, y - s[id + 1]!, z - s[id + 2]!) - s[id + 3]!, 3);
    }
    return d;
  };
}
