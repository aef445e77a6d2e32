import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection } from 'geojson';
import { AREA_KINDS, type PlaceKind } from '../geo/places.ts';
import type { Bounds, LngLat } from './types.ts';

/** A place a story may name, reduced to what the parser needs. */
export interface PlaceInfo {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string;
  bounds: Bounds;
  /** A point inside the place (the point itself for cities), where arrows end. */
  anchor: LngLat;
}

/** Places by id. */
export type Gazetteer = ReadonlyMap<string, PlaceInfo>;

function anchorOf(feature: Feature): LngLat {
  if (feature.geometry.type === 'Point') {
    const [lon, lat] = feature.geometry.coordinates;
    return [lon!, lat!];
  }
  const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
  return [lon!, lat!];
}

/** Indexes a places FeatureCollection (already checked by the geo validator) by id. */
export function gazetteerFrom(collection: FeatureCollection): Gazetteer {
  const places = new Map<string, PlaceInfo>();
  for (const feature of collection.features) {
    const props = feature.properties ?? {};
    const id = String(feature.id ?? props['id']);
    places.set(id, {
      id,
      name: String(props['name'] ?? id),
      kind: props['kind'] as PlaceKind,
      country: String(props['country'] ?? ''),
      bounds: bbox(feature) as Bounds,
      anchor: anchorOf(feature),
    });
  }
  return places;
}

/** True when a place is an area rather than a point or a line. */
export function isArea(place: PlaceInfo): boolean {
  return AREA_KINDS.includes(place.kind);
}
