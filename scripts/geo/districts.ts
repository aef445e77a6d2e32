/** Pakistan's districts (geoBoundaries ADM2) for the basemap's close-up detail: their borders and names. */
import { pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readCollection, text } from './io.ts';
import { labelText } from './label-text.ts';
import { DATASETS } from './sources.ts';
import { chainLines, sharedEdges } from './topology.ts';

function districts(dataDir: string): Feature<Polygon | MultiPolygon>[] {
  return readCollection(dataDir, DATASETS.allDistricts).features as Feature<
    Polygon | MultiPolygon
  >[];
}

/** The lines between two districts, each once; coasts and the country's border are left out. */
export function districtBorders(dataDir: string): Feature[] {
  const edges = sharedEdges(districts(dataDir), () => 'PAK');
  return chainLines(edges.get('PAK') ?? []).map((line) => ({
    type: 'Feature',
    properties: { minzoom: 7 },
    geometry: { type: 'LineString', coordinates: line },
  }));
}

/** Each district's name, at a point inside it. */
export function districtLabels(dataDir: string): Feature[] {
  return districts(dataDir).map((district) => ({
    type: 'Feature',
    properties: { minzoom: 7, name: labelText(text(district, 'shapeName')) },
    geometry: pointOnFeature(district).geometry,
  }));
}
