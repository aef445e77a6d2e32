/** The kinds of place `geo/places.geojson` holds. */

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

/** The kinds that cover an area (and so give no single point to start an arrow from). */
export const AREA_KINDS: readonly string[] = ['country', 'province', 'district'];
