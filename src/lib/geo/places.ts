/** The typed model of `geo/places.geojson`: what a story can name, and where it is. */
import bbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';

/** What a place is: an area, a point, or a border line. */
export type PlaceKind = 'country' | 'province' | 'district' | 'city' | 'capital' | 'border';

/** Every place kind, in the order the format documents them. */
export const PLACE_KINDS: readonly PlaceKind[] = [
  'country',
  'province',
  'district',
  'city',
  'capital',
  'border',
];

/** One place, reduced to what the story and the map need. */
export interface Place {
  id: string;
  /** The name readers see. */
  name: string;
  kind: PlaceKind;
  /** The country (or countries) it belongs to, by name. */
  country: string;
  /** West, south, east, north in degrees. */
  bbox: [number, number, number, number];
  /** For point places: the point, `[lon, lat]`. */
  center?: [number, number];
}

const isKind = (value: unknown): value is PlaceKind => PLACE_KINDS.includes(value as PlaceKind);

/**
 * Indexes a places collection by id. Meant for a collection `checkPlaces` accepted; features
 * without a string id or a known kind are skipped rather than guessed at.
 */
export function placesIndex(collection: FeatureCollection): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const feature of collection.features) {
    const props = feature.properties ?? {};
    const kind: unknown = props['kind'];
    if (typeof feature.id !== 'string' || !isKind(kind) || !feature.geometry) continue;
    const [west = 0, south = 0, east = 0, north = 0] = bbox(feature);
    const place: Place = {
      id: feature.id,
      name: String(props['name'] ?? feature.id),
      kind,
      country: String(props['country'] ?? ''),
      bbox: [west, south, east, north],
    };
    if (feature.geometry.type === 'Point') {
      const [lon = 0, lat = 0] = feature.geometry.coordinates;
      place.center = [lon, lat];
    }
    places.set(feature.id, place);
  }
  return places;
}
