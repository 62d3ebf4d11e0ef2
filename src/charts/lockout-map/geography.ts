/**
 * The map's geography: Natural Earth countries at 1:110m (world-atlas), merged into one shape per
 * availability row, and written as compact SVG path data. The merged "rest of the world" is one
 * shape with no inner borders: the map shows where the film could be bought, nothing per country.
 */
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import { merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon } from 'geojson';
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';

type CountryGeometry = (Polygon | MultiPolygon) & { id?: string };
type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

const world = countries as unknown as World;

/** Antarctica (ISO 010) is left off: no one there was buying films, and it would halve the map. */
const ANTARCTICA = '010';

function countryGeometries(): CountryGeometry[] {
  return world.objects.countries.geometries.filter(
    (g): g is CountryGeometry => (g.type === 'Polygon' || g.type === 'MultiPolygon') && g.id !== ANTARCTICA,
  );
}

/** ISO 3166-1 numeric as world-atlas spells it: 124 → "124", 36 → "036". */
export function isoId(n: number): string {
  return String(n).padStart(3, '0');
}

export interface RegionShape {
  /** Availability row id. */
  id: string;
  shape: GeoMultiPolygon;
}

/**
 * One merged shape per region: a region with an ISO code gets that country; the first region
 * without one gets every country no other region claims ("rest of the world").
 */
export function regionShapes(regions: { id: string; iso_numeric: number | undefined }[]): RegionShape[] {
  const geoms = countryGeometries();
  const claimed = new Set(regions.flatMap((r) => (r.iso_numeric === undefined ? [] : [isoId(r.iso_numeric)])));
  const restId = regions.find((r) => r.iso_numeric === undefined)?.id;
  return regions.map((r) => {
    let members: CountryGeometry[];
    if (r.iso_numeric !== undefined) {
      const id = isoId(r.iso_numeric);
      members = geoms.filter((g) => g.id === id);
    } else if (r.id === restId) {
      members = geoms.filter((g) => g.id === undefined || !claimed.has(g.id));
    } else members = [];
    const merged = merge(world, members);
    return { id: r.id, shape: { ...merged, coordinates: merged.coordinates.filter(inFrame) } };
  });
}

/**
 * Whether a polygon belongs on the map: its centre, projected, lies inside the frame. One rule for
 * every region, so far islands are dropped consistently rather than clipped at the canvas edge:
 * Hawaii (west of the frame, which would otherwise float alone at the left edge), Fiji, Vanuatu
 * and the Solomons. Alaska, Greenland and everything the frame spans stay where they are.
 */
function inFrame(coordinates: GeoMultiPolygon['coordinates'][number]): boolean {
  const { bounds } = frame();
  const at = geoEqualEarth().translate([0, 0])(geoCentroid({ type: 'Polygon', coordinates }));
  if (!at) return false;
  const [[x0, y0], [x1, y1]] = bounds;
  return at[0] >= x0 && at[0] <= x1 && at[1] >= y0 && at[1] <= y1;
}

/** Polygons smaller than this (steradians, about 40,000 km²) do not stretch the map's frame. */
const FRAME_MIN_AREA = 1e-3;

let frameCache: { scale: number; bounds: [[number, number], [number, number]] } | null = null;

/**
 * The map's frame: the inhabited world without small islands on the antimeridian (Fiji, the far
 * Aleutians), which would otherwise widen it by a Pacific's worth of empty sea. Measured once at
 * d3's default scale and centre; every size is a scaled copy. A cache of static data, so layouts
 * stay pure.
 */
function frame(): { scale: number; bounds: [[number, number], [number, number]] } {
  if (frameCache) return frameCache;
  const features = countryGeometries().flatMap((g): Feature[] => {
    const polygons = merge(world, [g]).coordinates.filter((coordinates) => geoArea({ type: 'Polygon', coordinates }) >= FRAME_MIN_AREA);
    return polygons.length ? [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } }] : [];
  });
  const all: FeatureCollection = { type: 'FeatureCollection', features };
  const projection = geoEqualEarth().translate([0, 0]);
  frameCache = { scale: projection.scale(), bounds: geoPath(projection).bounds(all) };
  return frameCache;
}

/** Height of the map when it is fitted inside a box `width` × `height`. */
export function fittedHeight(width: number, height: number): number {
  const [[x0, y0], [x1, y1]] = frame().bounds;
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  return (y1 - y0) * k;
}

/**
 * Equal Earth fitted inside `extent` (centred in it), as d3's fitExtent would, and clipped at
 * `extent` plus `margin` so islands beyond the frame do not spill out of the canvas.
 */
export function fittedProjection(extent: [[number, number], [number, number]], margin: number): GeoProjection {
  const { scale, bounds } = frame();
  const [[bx0, by0], [bx1, by1]] = bounds;
  const [[x0, y0], [x1, y1]] = extent;
  const k = Math.min((x1 - x0) / (bx1 - bx0), (y1 - y0) / (by1 - by0));
  const tx = (x0 + x1) / 2 - ((bx0 + bx1) / 2) * k;
  const ty = (y0 + y1) / 2 - ((by0 + by1) / 2) * k;
  return geoEqualEarth()
    .scale(scale * k)
    .translate([tx, ty])
    .clipExtent([
      [x0 - margin, y0 - margin],
      [x1 + margin, y1 + margin],
    ]);
}

type Ring = [number, number][];

/** Collects projected rings from d3-geo instead of drawing them. */
class RingCollector implements GeoContext {
  rings: Ring[] = [];
  private current: Ring | null = null;
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.push([x, y]);
  }
  closePath(): void {
    this.current = null;
  }
  arc(): void {}
}

/** Douglas–Peucker: drop points closer than `tol` px to the line through their neighbours. */
function simplify(ring: Ring, tol: number): Ring {
  if (ring.length < 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  const at = (i: number): [number, number] => ring[i] ?? [0, 0];
  const stack: [number, number][] = [[0, ring.length - 1]];
  for (let seg = stack.pop(); seg; seg = stack.pop()) {
    const [a, b] = seg;
    const [ax, ay] = at(a);
    const [bx, by] = at(b);
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let worstD = tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = at(i);
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / len;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

/** Each point of a ring with the one after it, the last with the first. */
function edges(ring: Ring): [[number, number], [number, number]][] {
  return ring.map((p, i) => [p, ring[(i + 1) % ring.length] ?? p]);
}

function ringArea(ring: Ring): number {
  return edges(ring).reduce((a, [[x0, y0], [x1, y1]]) => a + x0 * y1 - x1 * y0, 0) / 2;
}

/** Numbers joined the short way SVG allows: a minus sign doubles as the separator. */
function joinNumbers(ns: number[]): string {
  let s = '';
  ns.forEach((n, i) => {
    const t = String(n);
    s += i === 0 || t.startsWith('-') ? t : `,${t}`;
  });
  return s;
}

export interface ProjectedShape {
  /** SVG path data: whole pixels, relative moves, tiny islands dropped. */
  d: string;
  /** Centre of the largest polygon, where a leader line points. */
  anchor: [number, number];
}

/** Centroid of a ring (shoelace formula); its mean point when the ring has no area. */
function ringCentroid(ring: Ring): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const [[x0, y0], [x1, y1]] of edges(ring)) {
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/**
 * Projects a shape to compact path data. Islands smaller than `minArea` px² are dropped (the
 * largest ring always stays), outlines are simplified to `tol` px and rounded to whole pixels.
 * One pass through the projection: the anchor comes from the same projected rings.
 */
export function projectShape(shape: GeoMultiPolygon, projection: GeoProjection, tol = 0.7, minArea = 3): ProjectedShape {
  const collector = new RingCollector();
  geoPath(projection, collector)(shape);
  // The anchor is the centre of the largest projected ring (mainland U.S., not Alaska or Hawaii).
  const biggest = collector.rings.reduce<Ring | null>(
    (best, r) => (best && Math.abs(ringArea(best)) >= Math.abs(ringArea(r)) ? best : r),
    null,
  );
  const anchor = biggest ? ringCentroid(biggest) : ([0, 0] as [number, number]);
  const rings = collector.rings
    .map((r) => {
      const s = simplify(r, tol).map(([x, y]): [number, number] => [Math.round(x), Math.round(y)]);
      return s.filter((p, i) => {
        const prev = s[i - 1];
        return !prev || p[0] !== prev[0] || p[1] !== prev[1];
      });
    })
    .filter((r) => r.length >= 3);
  const largest = rings.reduce<Ring | null>((best, r) => (best && Math.abs(ringArea(best)) >= Math.abs(ringArea(r)) ? best : r), null);
  let d = '';
  for (const r of rings) {
    if (r !== largest && Math.abs(ringArea(r)) < minArea) continue;
    const [first, ...rest] = r;
    if (!first) continue;
    const nums: number[] = [];
    let [x, y] = first;
    for (const [nx, ny] of rest) {
      nums.push(nx - x, ny - y);
      [x, y] = [nx, ny];
    }
    d += `M${first[0]},${first[1]}l${joinNumbers(nums)}z`;
  }
  return { d, anchor };
}
