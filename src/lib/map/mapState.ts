import type { Feature, FeatureCollection } from 'geojson';
import { AREA_KINDS } from '../geo/places.ts';
import type { Camera, LngLat, Step, Story } from '../story/types.ts';

/** Everything the map shows for one step; a pure function of the step. */
export interface MapState {
  stepId: string;
  camera: Camera;
  /** The highlighted places' shapes, and nothing else. */
  places: FeatureCollection;
  /** Their names, at their label points. */
  labels: FeatureCollection;
  arrows: FeatureCollection;
}

/** What the map can draw for a story: each named place's shape and label, by id. */
export interface PlaceContent {
  shapes: ReadonlyMap<string, Feature>;
  labels: ReadonlyMap<string, Feature>;
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/**
 * Indexes what the map may draw: the shapes (from `geo/places.geojson`) and label points of the
 * places the story names. Other places are left out.
 */
export function placeContent(story: Story, places: FeatureCollection | undefined): PlaceContent {
  const shapes = new Map<string, Feature>();
  for (const feature of places?.features ?? []) {
    const id = String(feature.id ?? feature.properties?.['id']);
    if (id in story.places) shapes.set(id, feature);
  }
  const labels = new Map<string, Feature>();
  for (const [id, place] of Object.entries(story.places)) {
    if (place.kind === 'border') continue;
    labels.set(id, {
      type: 'Feature',
      properties: { id, name: place.name, area: AREA_KINDS.includes(place.kind) },
      geometry: { type: 'Point', coordinates: place.anchor },
    });
  }
  return { shapes, labels };
}

function arrowFeatures(step: Step): Feature[] {
  return step.annotations.flatMap((arrow): Feature[] => {
    const head = arrow.path.at(-1)!;
    const labelAt: LngLat = arrow.directionOnly
      ? arrow.path[0]!
      : arrow.path[Math.floor(arrow.path.length / 2)]!;
    const kind = arrow.kind;
    return [
      {
        type: 'Feature',
        properties: { role: arrow.directionOnly ? 'stub' : 'arc', kind },
        geometry: { type: 'LineString', coordinates: arrow.path },
      },
      {
        type: 'Feature',
        properties: { role: 'head', kind, bearing: arrow.headBearing },
        geometry: { type: 'Point', coordinates: head },
      },
      {
        type: 'Feature',
        properties: { role: 'label', kind, label: arrow.label },
        geometry: { type: 'Point', coordinates: labelAt },
      },
    ];
  });
}

/**
 * The map's whole state at a step: its camera, highlighted places and arrows. Only the step's
 * own places go to the map, so each step costs MapLibre's worker a few shapes, not them all.
 */
export function mapStateFor(step: Step, content: PlaceContent): MapState {
  const pick = (from: ReadonlyMap<string, Feature>) =>
    collection(step.highlight.flatMap((id) => from.get(id) ?? []));
  return {
    stepId: step.id,
    camera: step.camera,
    places: pick(content.shapes),
    labels: pick(content.labels),
    arrows: collection(arrowFeatures(step)),
  };
}
