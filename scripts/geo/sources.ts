/** The raw datasets the geo build reads, with the names and licences recorded in its outputs. */

/** A dataset as credited in `properties.source` and `properties.licence`. */
export interface Dataset {
  /** File path relative to the shared data folder. */
  path: string;
  /** Human-readable name written to `properties.source`. */
  source: string;
  /** Licence written to `properties.licence`. */
  licence: string;
}

const NATURAL_EARTH_LICENCE = 'Public domain (Natural Earth)';

function naturalEarth(file: string, title: string): Dataset {
  return {
    path: `natural-earth/${file}.geojson`,
    source: `Natural Earth ${title}`,
    licence: NATURAL_EARTH_LICENCE,
  };
}

function world(file: string, title: string): Dataset {
  return {
    path: `natural-earth-world/${file}.geojson.gz`,
    source: `Natural Earth ${title}`,
    licence: NATURAL_EARTH_LICENCE,
  };
}

/** The whole world's Natural Earth files, version 4.0, for the basemap and the gazetteer. */
export const WORLD = {
  land: world('ne_10m_land', '1:10m Land'),
  lakes: world('ne_10m_lakes', '1:10m Lakes'),
  rivers: world('ne_10m_rivers_lake_centerlines', '1:10m Rivers, Lake Centerlines'),
  borders: world('ne_10m_admin_0_boundary_lines_land', '1:10m Admin 0 – Boundary Lines'),
  disputed: world(
    'ne_10m_admin_0_boundary_lines_disputed_areas',
    '1:10m Admin 0 – Breakaway, Disputed Areas boundary lines',
  ),
  countries: world('ne_50m_admin_0_countries', '1:50m Admin 0 – Countries'),
  provinceLines: world('ne_50m_admin_1_states_provinces_lines', '1:50m Admin 1 – boundary lines'),
  provincePoints: world('ne_10m_admin_1_label_points', '1:10m Admin 1 – label points'),
  populatedPlaces: world('ne_10m_populated_places', '1:10m Populated Places'),
  marine: world('ne_10m_geography_marine_polys', '1:10m Marine Areas'),
  regions: world('ne_10m_geography_regions_points', '1:10m Geographic Regions points'),
} as const satisfies Record<string, Dataset>;

/** Every dataset the build uses, by role. */
export const DATASETS = {
  countries: naturalEarth('ne_50m_admin_0_countries', '1:50m Admin 0 – Countries'),
  provinces: naturalEarth('ne_10m_admin_1_states_provinces', '1:10m Admin 1 – States, Provinces'),
  populatedPlaces: naturalEarth('ne_10m_populated_places', '1:10m Populated Places'),
  borders: naturalEarth('ne_10m_admin_0_boundary_lines_land', '1:10m Admin 0 – Boundary Lines'),
  disputed: naturalEarth(
    'ne_10m_admin_0_boundary_lines_disputed_areas',
    '1:10m Admin 0 – Breakaway, Disputed Areas boundary lines',
  ),
  land: naturalEarth('ne_10m_land', '1:10m Land'),
  ocean: naturalEarth('ne_10m_ocean', '1:10m Ocean'),
  lakes: naturalEarth('ne_10m_lakes', '1:10m Lakes'),
  rivers: naturalEarth('ne_10m_rivers_lake_centerlines', '1:10m Rivers, Lake Centerlines'),
  districts: {
    path: 'geoboundaries/balochistan-districts.geojson',
    source: 'geoBoundaries (Runfola et al. 2020), gbOpen PAK ADM2, boundary PAK-ADM2-60131773',
    licence: 'Public Domain (per geoBoundaries metadata)',
  },
  allDistricts: {
    path: 'geoboundaries/geoBoundaries-PAK-ADM2_simplified.geojson',
    source: 'geoBoundaries (Runfola et al. 2020), gbOpen PAK ADM2, boundary PAK-ADM2-60131773',
    licence: 'Public Domain (per geoBoundaries metadata)',
  },
  gazetteer: {
    path: '',
    source: 'GeoNames / Wikipedia gazetteer coordinates',
    licence: 'CC BY 4.0 (GeoNames)',
  },
} as const satisfies Record<string, Dataset>;

/**
 * geoBoundaries' metadata for the districts file, which states their licence; the build checks
 * it still says what `DATASETS.districts.licence` records.
 */
export const GEOBOUNDARIES_METADATA = 'geoboundaries/geoBoundaries-PAK-ADM2-metaData.json';
export const GEOBOUNDARIES_LICENCE = 'Public Domain';
