import {
  type GeoProjection,
  geoArea,
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoDistance,
  geoEqualEarth,
} from 'd3-geo';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { CountryShape } from './world-shapes.js';

/** The map's drawing size, in SVG units; it scales to its box on the page. */
export const MAP_SIZE = { width: 800, height: 560, padding: 28 } as const;

/**
 * A country whose centre lies further than this from the middle of the partners' countries is
 * listed beside the map rather than stretching it: 35° of arc is about 3,900 km, so a Europe of
 * partners keeps its scale when one partner is in the United States.
 */
const OUTLIER_ARC = (35 * Math.PI) / 180;
/** When more than this share of countries would be left out, the map shows them all. */
const MAX_OUTLIER_SHARE = 1 / 3;
/** Beyond this longitude span, an equal-area world projection replaces the azimuthal one. */
const WORLD_SPAN = (120 * Math.PI) / 180;

/**
 * Parts of a country further than this from its mainland are not framed: 10° of arc keeps
 * Sicily and the Balearics with Italy and Spain, and leaves out the Canaries, Caribbean
 * Netherlands and Alaska, which would stretch a map of Europe across the Atlantic.
 */
const OVERSEAS_ARC = (10 * Math.PI) / 180;

function polygonsOf(shape: CountryShape): Polygon[] {
  const g = shape.geometry;
  if (g.type === 'MultiPolygon')
    return g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  return g.type === 'Polygon' ? [g] : [];
}

/** The largest polygon of a country: its centre is then on the mainland, not between islands. */
export function mainland(shape: CountryShape): Feature<Polygon> {
  const best = polygonsOf(shape)
    .map((p) => ({ p, area: geoArea(p) }))
    .sort((a, b) => b.area - a.area)[0]?.p ?? { type: 'Polygon', coordinates: [] };
  return { type: 'Feature', properties: {}, geometry: best };
}

/** A country without its overseas parts, for framing the map. */
export function homeland(shape: CountryShape): CountryShape {
  const centre = geoCentroid(mainland(shape));
  const near = polygonsOf(shape).filter((p) => geoDistance(geoCentroid(p), centre) <= OVERSEAS_ARC);
  return {
    ...shape,
    geometry: { type: 'MultiPolygon', coordinates: near.map((p) => p.coordinates) },
  };
}

/** The countries to fit the map to: all, or all but the far-off few. */
export function framed(centres: Map<string, [number, number]>): Set<string> {
  const points = [...centres.values()];
  const middle = geoCentroid({
    type: 'MultiPoint',
    coordinates: points,
  });
  const near = [...centres].filter(([, c]) => geoDistance(c, middle) <= OUTLIER_ARC);
  const leftOut = centres.size - near.length;
  if (near.length === 0 || leftOut / centres.size > MAX_OUTLIER_SHARE)
    return new Set(centres.keys());
  return new Set(near.map(([name]) => name));
}

export function projectionFor(shapes: CountryShape[]): GeoProjection {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: shapes };
  const [[west], [east]] = geoBounds(collection);
  const span = east >= west ? east - west : east + 360 - west;
  const centre = geoCentroid(collection);
  const wide = span * (Math.PI / 180) > WORLD_SPAN;
  const projection = wide
    ? geoEqualEarth()
    : geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]);
  const { width, height, padding } = MAP_SIZE;
  return projection
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      collection,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

const boundsCache = new WeakMap<CountryShape, [[number, number], [number, number]]>();

/**
 * Whether a country can show in the frame, from its longitude/latitude box against the
 * frame's, found by inverting points along the frame's edges: projecting and clipping every
 * country of the world at 1:50m took a second, most of it on countries far out of view.
 */
export function viewFilter(projection: GeoProjection): (shape: CountryShape) => boolean {
  const { width, height } = MAP_SIZE;
  const edge: [number, number][] = [];
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const x = (width * i) / steps;
    const y = (height * i) / steps;
    edge.push([x, 0], [x, height], [0, y], [width, y]);
  }
  const points = edge.map((p) => projection.invert?.(p)).filter((p) => p != null);
  // A frame that wraps the globe, or whose edge leaves it, is not culled.
  if (points.length < edge.length) return () => true;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  if (east - west > 180) return () => true;
  return (shape) => {
    let box = boundsCache.get(shape);
    if (!box) {
      box = geoBounds(shape) as [[number, number], [number, number]];
      boundsCache.set(shape, box);
    }
    const [[w, s], [e, n]] = box;
    // A box across the antimeridian (e < w) is kept rather than reasoned about.
    if (e < w) return true;
    return w <= east && e >= west && s <= north && n >= south;
  };
}
