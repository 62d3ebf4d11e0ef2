/**
 * The map's geography: Natural Earth countries at 1:110m (world-atlas), merged into one shape per
 * availability row, and written as compact SVG path data. The merged "rest of the world" is one
 * shape with no inner borders: the map shows where the film could be bought, nothing per country.
 */
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon } from 'geojson';
import { geoEqualEarth, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';

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
    return { id: r.id, shape: merge(world, members) };
  });
}

/** Projection fitted to the inhabited world inside the given extent. */
export function fittedProjection(extent: [[number, number], [number, number]]): GeoProjection {
  const all: FeatureCollection = {
    type: 'FeatureCollection',
    features: countryGeometries().map((g): Feature => feature(world, g)),
  };
  return geoEqualEarth().fitExtent(extent, all);
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
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = ring[a]!;
    const [bx, by] = ring[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let worstD = tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i]!;
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

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
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
  bounds: [[number, number], [number, number]];
}

/**
 * Projects a shape to compact path data. Islands smaller than `minArea` px² are dropped (the
 * largest ring always stays), outlines are simplified to `tol` px and rounded to whole pixels.
 */
export function projectShape(shape: GeoMultiPolygon, projection: GeoProjection, tol = 0.7, minArea = 3): ProjectedShape {
  const collector = new RingCollector();
  geoPath(projection, collector)(shape);
  const path = geoPath(projection);
  const rings = collector.rings
    .map((r) => {
      const s = simplify(r, tol).map(([x, y]): [number, number] => [Math.round(x), Math.round(y)]);
      return s.filter((p, i) => i === 0 || p[0] !== s[i - 1]![0] || p[1] !== s[i - 1]![1]);
    })
    .filter((r) => r.length >= 3);
  const largest = rings.reduce<Ring | null>((best, r) => (best && Math.abs(ringArea(best)) >= Math.abs(ringArea(r)) ? best : r), null);
  let d = '';
  for (const r of rings) {
    if (r !== largest && Math.abs(ringArea(r)) < minArea) continue;
    const nums: number[] = [];
    for (let i = 1; i < r.length; i++) nums.push(r[i]![0] - r[i - 1]![0], r[i]![1] - r[i - 1]![1]);
    d += `M${r[0]![0]},${r[0]![1]}l${joinNumbers(nums)}z`;
  }
  // The anchor is the centroid of the largest polygon (mainland U.S., not Alaska or Hawaii).
  const polygons = shape.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  const biggest = polygons.reduce<(typeof polygons)[number] | null>(
    (best, p) => (best && path.area(best) >= path.area(p) ? best : p),
    null,
  );
  const anchor = biggest ? path.centroid(biggest) : [0, 0];
  return { d, anchor: [anchor[0], anchor[1]], bounds: path.bounds(shape) };
}
