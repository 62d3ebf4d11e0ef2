/**
 * The map's geography: Natural Earth countries at 1:110m (world-atlas), merged into one shape per
 * availability row, and written as compact SVG path data. The merged "rest of the world" is one
 * shape with no inner borders: the map shows where the film could be bought, nothing per country.
 */
import countries from 'world-atlas/countries-110m.json' with { type: 'json' };
import { merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon } from 'geojson';
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { joinNumbers, RingCollector, ringArea, ringCentroid, simplify, type Ring } from './rings.ts';

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

export interface ProjectedShape {
  /** SVG path data: whole pixels, relative moves, tiny islands dropped. */
  d: string;
  /** Centre of the largest polygon, where a leader line points. */
  anchor: [number, number];
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
