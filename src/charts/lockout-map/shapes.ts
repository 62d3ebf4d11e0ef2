/**
 * Each region's projected outline, cached: the geography is static, so a region is merged and
 * projected once per map extent, however many states, sizes or rows (copies of one region in a
 * dataset ten times longer) ask for it.
 */
import { fittedProjection, isoId, projectShape, regionShapes, type ProjectedShape } from './geography.ts';

type Region = { id: string; iso_numeric: number | undefined };

const cache = new Map<string, ProjectedShape>();

/** What decides a region's shape: its country, or for "the rest of the world" every country claimed by others. */
function shapeKey(r: Region, regions: Region[], restId: string | undefined): string {
  if (r.iso_numeric !== undefined) return isoId(r.iso_numeric);
  if (r.id !== restId) return 'none';
  const claimed = [...new Set(regions.flatMap((x) => (x.iso_numeric === undefined ? [] : [isoId(x.iso_numeric)])))].sort();
  return `rest:${claimed.join(',')}`;
}

export function projectedRegions(regions: Region[], extent: [[number, number], [number, number]], margin: number): ProjectedShape[] {
  const restId = regions.find((r) => r.iso_numeric === undefined)?.id;
  const keys = regions.map((r) => `${JSON.stringify(extent)}|${margin}|${shapeKey(r, regions, restId)}`);
  const missing = regions.filter((_, i) => !cache.has(keys[i] ?? ''));
  if (missing.length) {
    const projection = fittedProjection(extent, margin);
    // Merge only one region per key; the rest of the world is merged against the full region list.
    const seen = new Set<string>();
    regionShapes(regions).forEach((s, i) => {
      const k = keys[i] ?? '';
      if (cache.has(k) || seen.has(k)) return;
      seen.add(k);
      cache.set(k, projectShape(s.shape, projection));
    });
  }
  return keys.map((k) => cache.get(k) ?? { d: '', anchor: [0, 0] });
}
