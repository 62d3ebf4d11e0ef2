/**
 * The story's datasets with every row repeated `k` times under new ids (`<id>-r2`, `-r3`, ...), in
 * memory, as the scaling benchmark lays them out: the same chart states over ten or a hundred
 * times the rows.
 */
import type { Datasets } from '../../src/content/model.ts';

function repeat<R extends { id: string }>(rows: R[], k: number): R[] {
  return Array.from({ length: k }, (_, i) => rows.map((r) => (i === 0 ? r : { ...r, id: `${r.id}-r${i + 1}` }))).flat();
}

export function scaledDatasets(datasets: Datasets, k: number): Datasets {
  const out = { ...datasets };
  for (const id of Object.keys(datasets) as (keyof Datasets)[]) {
    const d = datasets[id];
    // Each dataset keeps its own row type; the spread of a union member back into its key is safe.
    Object.assign(out, { [id]: { ...d, rows: repeat<{ id: string }>(d.rows, k) } });
  }
  return out;
}
