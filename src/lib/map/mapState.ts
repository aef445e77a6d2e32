import type { Feature, FeatureCollection } from 'geojson';
import { AREA_KINDS } from '../geo/places.ts';
import type { Annotation, Camera, LngLat, Step, Story, StoryPlace } from '../story/types.ts';
import type { Mark, Subject } from './fit.ts';
import {
  ARROW_LABEL,
  ARROW_LABEL_OFFSET,
  ARROWHEAD_HALF,
  labelSize,
  PLACE_LABEL,
  POINT_LABEL_OFFSET,
  POINT_RADIUS,
  type LabelSize,
  type LabelStyle,
} from './labelStyle.ts';

/** Everything the map shows for one step; a pure function of the step. */
export interface MapState {
  stepId: string;
  camera: Camera;
  /** The highlighted places' shapes, and nothing else. */
  places: FeatureCollection;
  /** Their names, at their label points. */
  labels: FeatureCollection;
  arrows: FeatureCollection;
  /** What the camera keeps in view, clear of the text: outlines, arrows and their labels. */
  subject: Subject;
}

/** What the map can draw for a story: each named place's shape and label, by id. */
export interface PlaceContent {
  shapes: ReadonlyMap<string, Feature>;
  labels: ReadonlyMap<string, Feature>;
  /** The places themselves, for their extents and label sizes. */
  places: Readonly<Record<string, StoryPlace>>;
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
      properties: {
        id,
        name: place.name,
        ...(place.local ? { name_local: place.local.name, lang: place.local.lang } : {}),
        area: AREA_KINDS.includes(place.kind),
      },
      geometry: { type: 'Point', coordinates: place.anchor },
    });
  }
  return { shapes, labels, places: story.places };
}

/** Where and how an arrow's label sits: a point, the side of the text at it, an offset in ems. */
export interface ArrowLabelPlacement {
  at: LngLat;
  anchor: 'bottom' | 'top' | 'left' | 'right';
  offset: [number, number];
}

/**
 * An arc's label sits above its middle. A stub's sits beyond its tail, on the side away from its
 * head: centred over the tail it would cover the stub, and where the stub is short on screen (a
 * phone, a wide view) the place it points at too.
 */
export function arrowLabelPlacement(arrow: Annotation): ArrowLabelPlacement {
  const o = ARROW_LABEL_OFFSET;
  if (!arrow.directionOnly) {
    return {
      at: arrow.path[Math.floor(arrow.path.length / 2)]!,
      anchor: 'bottom',
      offset: [0, -o],
    };
  }
  const at = arrow.path[0]!;
  const radians = (arrow.headBearing * Math.PI) / 180;
  // The way from the head back to the tail, on a north-up map: east and north.
  const [east, north] = [-Math.sin(radians), -Math.cos(radians)];
  if (Math.abs(east) >= 0.5) {
    return east > 0
      ? { at, anchor: 'left', offset: [o, 0] }
      : { at, anchor: 'right', offset: [-o, 0] };
  }
  return north > 0
    ? { at, anchor: 'bottom', offset: [0, -o] }
    : { at, anchor: 'top', offset: [0, o] };
}

/** The box, in pixels from its point, that a label of `size` placed so takes. */
function labelBox(place: ArrowLabelPlacement, size: LabelSize): Mark['box'] {
  const [w, h] = [size.width, size.height];
  const x = place.offset[0] * ARROW_LABEL.size;
  const y = place.offset[1] * ARROW_LABEL.size;
  switch (place.anchor) {
    case 'left':
      return [x, -h / 2, x + w, h / 2];
    case 'right':
      return [x - w, -h / 2, x, h / 2];
    case 'top':
      return [-w / 2, y, w / 2, y + h];
    case 'bottom':
      return [-w / 2, y - h, w / 2, y];
  }
}

function arrowFeatures(step: Step): Feature[] {
  return step.annotations.flatMap((arrow): Feature[] => {
    const head = arrow.path.at(-1)!;
    const label = arrowLabelPlacement(arrow);
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
        properties: {
          role: 'label',
          kind,
          label: arrow.label,
          anchor: label.anchor,
          offset: label.offset,
        },
        geometry: { type: 'Point', coordinates: label.at },
      },
    ];
  });
}

/** A size measured at build time, or one estimated from the text where none was. */
function sizeOf(text: string, measured: LabelSize | undefined, style: LabelStyle): LabelSize {
  return measured ?? labelSize(text, style, () => undefined);
}

/** A box of `size` whose top edge is centred `dy` pixels below the point (above, if negative). */
function hanging(size: LabelSize, dy: number): Mark['box'] {
  return [-size.width / 2, dy, size.width / 2, dy + size.height];
}

/**
 * What the camera must keep in view for a step: the framed and highlighted places, every arrow
 * with its head, and every label the step draws, each label's box where MapLibre sets it.
 */
export function subjectFor(step: Step, places: Readonly<Record<string, StoryPlace>>): Subject {
  const extents = step.camera.kind === 'frame' ? [step.camera.bounds] : [];
  const marks: Mark[] = [];
  for (const id of step.highlight) {
    const place = places[id];
    if (!place) continue;
    extents.push(place.bounds);
    if (place.kind === 'border') continue;
    const size = sizeOf(place.name, place.label, PLACE_LABEL);
    if (AREA_KINDS.includes(place.kind)) {
      marks.push({ at: place.anchor, box: hanging(size, -size.height / 2) });
    } else {
      const r = POINT_RADIUS;
      marks.push({ at: place.anchor, box: [-r, -r, r, r] });
      marks.push({ at: place.anchor, box: hanging(size, POINT_LABEL_OFFSET * PLACE_LABEL.size) });
    }
  }
  // A framed town that the step does not highlight keeps room for the basemap's own label of it
  // (set to the right of its dot, at most 13 px), so the map does not cut its name at the edge.
  const framed = step.camera.kind === 'frame' ? step.camera.places : [];
  for (const id of framed.filter((id) => !step.highlight.includes(id))) {
    const place = places[id];
    if (!place || place.kind === 'border' || AREA_KINDS.includes(place.kind)) continue;
    const width = sizeOf(place.name, undefined, { size: 13, maxWidth: 99, halo: 1.2 }).width;
    marks.push({ at: place.anchor, box: [-4, -10, 8 + width, 10] });
  }
  for (const arrow of step.annotations) {
    const lons = arrow.path.map(([lon]) => lon);
    const lats = arrow.path.map(([, lat]) => lat);
    extents.push([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
    const h = ARROWHEAD_HALF;
    marks.push({ at: arrow.path.at(-1)!, box: [-h, -h, h, h] });
    const label = arrowLabelPlacement(arrow);
    const size = sizeOf(arrow.label, arrow.labelSize, ARROW_LABEL);
    marks.push({ at: label.at, box: labelBox(label, size) });
  }
  return { extents, marks };
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
    subject: subjectFor(step, content.places),
  };
}
