import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { AREA_KINDS, type PlaceKind } from '../geo/places.ts';
import type { Bounds, LngLat, LocalName } from './types.ts';

/** A place a story may name, reduced to what the parser needs. */
export interface PlaceInfo {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string;
  bounds: Bounds;
  /** A point inside the place (the point itself for cities), where arrows end. */
  anchor: LngLat;
  /**
   * Whether the place has a shape to draw when highlighted. An area known only by its label
   * point (a province outside the regional data) has none.
   */
  outline: boolean;
  /** Its name in its country's language (`local_lang`, `local_name`), where the data has one. */
  local?: LocalName;
  /** Its names in the languages a story may be written in (`name_fa`...), by language. */
  names?: Readonly<Record<string, string>>;
  /** The language of `name` where it is not the story's (see `namedIn`). */
  nameLang?: string;
  /** The language of `country` where it is not the story's. */
  countryLang?: string;
}

/** Places by id. */
export type Gazetteer = ReadonlyMap<string, PlaceInfo>;

function polygons(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return Math.abs(sum);
}

function anchorOf(feature: Feature): LngLat {
  const geometry = feature.geometry;
  if (geometry.type === 'Point' || geometry.type === 'MultiPoint') {
    const [lon, lat] = geometry.type === 'Point' ? geometry.coordinates : geometry.coordinates[0]!;
    return [lon!, lat!];
  }
  // Inside the largest piece: the mainland rather than somewhere between islands.
  const largest = polygons(geometry).sort((a, b) => ringArea(b[0]!) - ringArea(a[0]!))[0];
  const shape: Feature = largest
    ? { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: largest } }
    : feature;
  const [lon, lat] = pointOnFeature(shape).geometry.coordinates;
  return [lon!, lat!];
}

/**
 * A place's bounds. A place across the antimeridian (Russia, Fiji, the United States with the
 * Aleutians) is bounded the short way round, with an east edge beyond 180°.
 */
export function boundsOf(feature: Feature): Bounds {
  const [west, south, east, north] = bbox(feature) as Bounds;
  if (east - west <= 180) return [west, south, east, north];
  const shifted = {
    ...feature,
    geometry: JSON.parse(JSON.stringify(feature.geometry), (key, value: unknown) =>
      key === 'coordinates' ? shift(value) : value,
    ) as Geometry,
  };
  const [w, s, e, n] = bbox(shifted) as Bounds;
  return e - w < east - west ? [w, s, e, n] : [west, south, east, north];
}

function shift(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (typeof value[0] === 'number') {
    const [lon, ...rest] = value as number[];
    return [lon! < 0 ? lon! + 360 : lon!, ...rest];
  }
  return value.map(shift);
}

/** Indexes a places FeatureCollection (already checked by the geo validator) by id. */
export function gazetteerFrom(collection: FeatureCollection): Map<string, PlaceInfo> {
  const places = new Map<string, PlaceInfo>();
  for (const feature of collection.features) {
    const props = feature.properties ?? {};
    const id = String(feature.id ?? props['id']);
    const kind = props['kind'] as PlaceKind;
    const lang = props['local_lang'];
    const localName = props['local_name'];
    const names = Object.fromEntries(
      Object.entries(props).flatMap(([key, value]) => {
        const language = /^name_([a-z]{2,3})$/.exec(key)?.[1];
        return language && typeof value === 'string' && value ? [[language, value]] : [];
      }),
    );
    places.set(id, {
      ...(Object.keys(names).length > 0 ? { names } : {}),
      ...(typeof lang === 'string' && typeof localName === 'string' && lang && localName
        ? { local: { lang, name: localName } }
        : {}),
      id,
      name: String(props['name'] ?? id),
      kind,
      country: String(props['country'] ?? ''),
      bounds: boundsOf(feature),
      anchor: anchorOf(feature),
      outline: !AREA_KINDS.includes(kind) || polygons(feature.geometry).length > 0,
    });
  }
  return places;
}

/** True when a place is an area rather than a point or a line. */
export function isArea(place: PlaceInfo): boolean {
  return AREA_KINDS.includes(place.kind);
}
