/** The places the story can name, and where in the raw data each one is found. */
import type { Position } from 'geojson';

/** Countries by id, with their Natural Earth ADM0_A3 codes. */
export const COUNTRIES = [
  ['iran', 'IRN'],
  ['pakistan', 'PAK'],
  ['iraq', 'IRQ'],
  ['syria', 'SYR'],
  ['afghanistan', 'AFG'],
  ['turkey', 'TUR'],
  ['india', 'IND'],
] as const;

/** Provinces by id, with their ISO 3166-2 codes and the names the story uses. */
export const PROVINCES = [
  ['balochistan', 'PK-BA', 'Balochistan'],
  ['sistan-baluchestan', 'IR-13', 'Sistan-Baluchestan'],
] as const;

/** The district, by its geoBoundaries shapeName. */
export const DISTRICT = { id: 'panjgur', shapeName: 'Panjgur', name: 'Panjgur district' } as const;

/** Cities and capitals by id, with their names in Natural Earth's populated places. */
export const TOWNS = [
  ['zahedan', 'Zahedan', 'city'],
  ['irbil', 'Irbil', 'city'],
  ['idlib', 'Idlib', 'city'],
  ['islamabad', 'Islamabad', 'capital'],
  ['tehran', 'Tehran', 'capital'],
  ['baghdad', 'Baghdad', 'capital'],
  ['damascus', 'Damascus', 'capital'],
  ['kabul', 'Kabul', 'capital'],
  ['ankara', 'Ankara', 'capital'],
  ['new-delhi', 'New Delhi', 'capital'],
] as const;

/**
 * Places in neither dataset, from a public gazetteer (GeoNames, Wikipedia), as the
 * geoBoundaries README suggests.
 */
export const GAZETTEER_TOWNS: readonly { id: string; name: string; a3: string; at: Position }[] = [
  { id: 'panjgur-town', name: 'Panjgur', a3: 'PAK', at: [64.09, 26.96] },
];

/** Borders by id: the boundary lines between two countries (ADM0_A3 codes). */
export const BORDERS = [['iran-pakistan-border', 'Iran–Pakistan border', 'IRN', 'PAK']] as const;
