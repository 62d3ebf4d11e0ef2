/**
 * Stack levels for dots placed from left to right (x never decreases): each dot takes the lowest
 * level where it clears every dot already there, by `max(r, r') + 0.5` between centres.
 *
 * Because x never decreases, only the last dot placed on a level can be in the way (a dot that
 * clears it clears every dot left of it, which it clears in turn), and a level is free for a dot
 * exactly when its last dot is. A segment tree over the levels keeps, per dot radius, the smallest x
 * of those last dots in each range, so the lowest free level is found in O(log n) instead of by
 * trying level after level, which cost the square of a stack's height.
 */
export class StackLevels {
  /** Distinct dot radii; slot `radii.length` marks empty levels (-Infinity when empty, else +Infinity). */
  private readonly radii: number[];
  private readonly slots: number;
  private readonly leaves: number;
  /** `minX[node * slots + slot]`: smallest x among the last dots of radius slot in the node's levels. */
  private readonly minX: Float64Array;
  private lastX = -Infinity;
  private readonly capacity: number;
  private count = 0;

  /** `capacity`: how many dots at most; `radii`: every radius a dot may have. */
  constructor(capacity: number, radii: readonly number[]) {
    this.capacity = capacity;
    this.radii = [...new Set(radii)];
    this.slots = this.radii.length + 1;
    let leaves = 1;
    while (leaves < capacity + 1) leaves *= 2;
    this.leaves = leaves;
    this.minX = new Float64Array(2 * leaves * this.slots).fill(Infinity);
    for (let node = 1; node < 2 * leaves; node++) this.minX[node * this.slots + this.slots - 1] = -Infinity;
  }

  /** Whether some level under `node` is free for a dot of radius `r` at `x`. */
  private hasFree(node: number, x: number, r: number): boolean {
    const base = node * this.slots;
    for (let s = 0; s < this.slots; s++) {
      const threshold = s < this.radii.length ? Math.max(this.radii[s] ?? 0, r) + 0.5 : 0;
      // The same expression the dots were compared with one by one, so the answers are identical.
      if (x - (this.minX[base + s] ?? Infinity) >= threshold) return true;
    }
    return false;
  }

  /** Places a dot of radius `r` at `x` on the lowest level free for it; returns that level (0 = lowest). */
  place(x: number, r: number): number {
    const slot = this.radii.indexOf(r);
    if (slot < 0) throw new Error(`StackLevels: radius ${String(r)} not among ${this.radii.join(', ')}`);
    if (x < this.lastX) throw new Error(`StackLevels: dots must come left to right (${String(x)} after ${String(this.lastX)})`);
    this.lastX = x;
    if (this.count++ >= this.capacity) throw new Error(`StackLevels: more dots than the capacity of ${String(this.capacity)}`);
    // Levels 0..capacity cannot all be taken by `capacity - 1` dots, so the root always has a free one.
    let node = 1;
    while (node < this.leaves) node = this.hasFree(2 * node, x, r) ? 2 * node : 2 * node + 1;
    const level = node - this.leaves;
    const base = node * this.slots;
    for (let s = 0; s < this.slots; s++) this.minX[base + s] = s === slot ? x : Infinity;
    for (node >>= 1; node >= 1; node >>= 1) {
      for (let s = 0; s < this.slots; s++) {
        this.minX[node * this.slots + s] = Math.min(
          this.minX[2 * node * this.slots + s] ?? Infinity,
          this.minX[(2 * node + 1) * this.slots + s] ?? Infinity,
        );
      }
    }
    return level;
  }
}
