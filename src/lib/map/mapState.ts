import type { Feature, FeatureCollection } from 'geojson';
import type { Camera, LngLat, Step, Story } from '../story/types.ts';

/** Everything the map shows for one step; a pure function of the step. */
export interface MapState {
  stepId: string;
  camera: Camera;
  highlight: string[];
  arrows: FeatureCollection;
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

/** The map's whole state at a step: its camera, highlighted places and arrows. */
export function mapStateFor(step: Step): MapState {
  return {
    stepId: step.id,
    camera: step.camera,
    highlight: step.highlight,
    arrows: { type: 'FeatureCollection', features: arrowFeatures(step) },
  };
}

/** Label points for every place the story names, for the highlight label layer. */
export function placeLabels(story: Story): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: Object.entries(story.places)
      .filter(([, place]) => place.kind !== 'border')
      .map(([id, place]) => ({
        type: 'Feature',
        properties: {
          id,
          name: place.name,
          area: ['country', 'province', 'district'].includes(place.kind),
        },
        geometry: { type: 'Point', coordinates: place.anchor },
      })),
  };
}
