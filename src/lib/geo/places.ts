/** The kinds of place a story can name, built in or in its own places file. */

/** What a place is: an area, a point, or a border line. */
export type PlaceKind =
  'country' | 'province' | 'district' | 'area' | 'city' | 'capital' | 'site' | 'border';

/** Every place kind, in the order the format documents them. */
export const PLACE_KINDS: readonly PlaceKind[] = [
  'country',
  'province',
  'district',
  'area',
  'city',
  'capital',
  'site',
  'border',
];

/** The kinds that cover an area (and so give no single point to start an arrow from). */
export const AREA_KINDS: readonly string[] = ['country', 'province', 'district', 'area'];
