/**
 * Spread intervals along one axis so none overlap, each as near its target start as the others
 * allow, all within [min, max]. Returns starts in the input order. (A column of labels, such as
 * the money chart's cost estimates.)
 */
export function dodge(targets: number[], sizes: number[], min: number, max: number): number[] {
  const order = targets.map((_, i) => i).sort((a, b) => (targets[a] ?? 0) - (targets[b] ?? 0) || a - b);
  const pos = order.map((i) => targets[i] ?? 0);
  const size = order.map((i) => sizes[i] ?? 0);
  const n = pos.length;
  for (let k = 0; k < n; k++) pos[k] = Math.max(pos[k] ?? 0, k > 0 ? (pos[k - 1] ?? 0) + (size[k - 1] ?? 0) : min);
  for (let k = n - 1; k >= 0; k--) {
    const limit = k < n - 1 ? (pos[k + 1] ?? 0) - (size[k] ?? 0) : max - (size[k] ?? 0);
    pos[k] = Math.min(pos[k] ?? 0, limit);
  }
  for (let k = 0; k < n; k++) pos[k] = Math.max(pos[k] ?? 0, k > 0 ? (pos[k - 1] ?? 0) + (size[k - 1] ?? 0) : min);
  const out = new Array<number>(n);
  order.forEach((i, k) => (out[i] = pos[k] ?? 0));
  return out;
}
