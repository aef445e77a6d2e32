import { EN } from '../i18n/en.ts';
import { Words } from '../i18n/words.ts';
import { isScalar, isSeq, type Node } from 'yaml';
import { arrowPath } from './arrows.ts';
import { closest } from './closest.ts';
import { parseSpan } from './dates.ts';
import { ID_PATTERN } from './frontMatter.ts';
import type { Gazetteer, PlaceInfo } from './gazetteer.ts';
import { suggestPlaces } from './suggest.ts';
import type { Annotation, Bounds, Camera, LngLat, Step } from './types.ts';
import { DEFAULT_DWELL } from './types.ts';
import type { SlideSource } from './slide.ts';
import type { Field, YamlBlock } from './yamlFields.ts';

const STEP_KEYS = [
  'id',
  'date',
  'date-note',
  'frame',
  'max-zoom',
  'camera',
  'bearing',
  'pitch',
  'highlight',
  'annotations',
  'dwell',
  'notes',
  'sources',
  'map-text',
  'slide',
] as const;
const CAMERA_KEYS = ['center', 'zoom', 'bearing', 'pitch'] as const;
const ANNOTATION_KEYS = ['kind', 'from', 'to', 'who', 'when', 'label'] as const;

/** What a step block says, before the prose and the map description are added. */
export type StepMeta = Omit<
  Step,
  'index' | 'title' | 'html' | 'slideHtml' | 'mapText' | 'line' | 'dateText'
> & {
  mapText: string | undefined;
  /** The `slide:` text as written, with where it starts. */
  slide: SlideSource | undefined;
};

/** What a step block is checked against. */
export interface StepContext {
  places: Gazetteer;
  sourceIds: ReadonlySet<string>;
  /** The page's words in the story's language, for an arrow's default label. */
  words?: Words;
}

/** Folders of the build, which no step's page (`/<step-id>/`) may take the name of. */
export const RESERVED_STEP_IDS = ['assets', 'geo', 'glyphs', 'stills'];

/** Reads a step block's YAML into typed values, reporting every problem. */
export function readStep(yaml: YamlBlock, context: StepContext): StepMeta | undefined {
  const fields = yaml.fields(yaml.root, STEP_KEYS, 'a step');
  if (!fields) return undefined;
  yaml.require(fields, yaml.root, ['id', 'date', 'sources'], 'Each step');
  const id = yaml.text(fields.get('id')) ?? '';
  if (id && !ID_PATTERN.test(id)) {
    yaml.report(
      fields.get('id')!.value,
      `The step id '${id}' may use only lowercase letters, digits and hyphens, as it becomes the link #${id}.`,
    );
  } else if (RESERVED_STEP_IDS.includes(id)) {
    yaml.report(
      fields.get('id')!.value,
      `The step id '${id}' is the name of one of the build's folders (${RESERVED_STEP_IDS.join(', ')}), and each step gets a page at /${id}/; choose another.`,
    );
  }
  const date = span(yaml, fields.get('date'));
  const sources = yaml.list(fields.get('sources'));
  for (const source of sources) {
    if (context.sourceIds.has(source.text)) continue;
    const guess = closest(source.text, context.sourceIds);
    yaml.report(
      source.node,
      `The source '${source.text}' is not declared in the front matter's sources.${guess ? ` Did you mean '${guess}'?` : ' Add it there first.'}`,
    );
  }
  if (fields.has('sources') && sources.length === 0) {
    yaml.report(fields.get('sources')!.value, 'Cite at least one source for every step.');
  }
  return {
    id,
    date: date?.text ?? '',
    dateStart: date?.start ?? '',
    dateEnd: date?.end ?? '',
    dateNote: yaml.text(fields.get('date-note')),
    camera: readCamera(yaml, fields, context.places) ?? defaultCamera(),
    highlight: placeList(yaml, fields.get('highlight'), context.places, { outlined: true }),
    annotations: yaml
      .items(fields.get('annotations'))
      .flatMap((node) => readAnnotation(yaml, node, context.places, context.words) ?? []),
    dwell: yaml.number(fields.get('dwell'), 1, 600) ?? DEFAULT_DWELL,
    notes: yaml.text(fields.get('notes')),
    sources: sources.map((source) => source.text),
    mapText: yaml.text(fields.get('map-text')),
    slide: slideSource(yaml, fields.get('slide')),
  };
}

/** A `slide:` value as written (an empty one is reported by `readSlide`). */
function slideSource(yaml: YamlBlock, field: Field | undefined): SlideSource | undefined {
  if (!field) return undefined;
  const key = yaml.textOrigin(field.keyNode);
  const keyAt = { keyLine: key.line, keyColumn: key.column };
  const value = field.value;
  if (value === null || (isScalar(value) && value.value === null)) {
    return { text: '', line: 0, column: 0, block: false, ...keyAt };
  }
  if (!isScalar(value) || typeof value.value !== 'string') {
    yaml.report(
      value,
      "'slide' must be a piece of text (Markdown); write it as a block: 'slide: |'.",
    );
    return undefined;
  }
  return { text: value.value, ...yaml.textOrigin(value), ...keyAt };
}

function span(yaml: YamlBlock, field: Field | undefined) {
  const text = yaml.text(field);
  if (!text) return undefined;
  const checked = parseSpan(text);
  if (checked.ok) return { text, start: checked.start, end: checked.end };
  yaml.report(field!.value, checked.message);
  return undefined;
}

function placeList(
  yaml: YamlBlock,
  field: Field | undefined,
  places: Gazetteer,
  { outlined = false } = {},
): string[] {
  const ids: string[] = [];
  for (const { text, node } of yaml.list(field)) {
    const place = places.get(text);
    if (!place) reportUnknownPlace(yaml, node, text, places);
    else if (outlined && !place.outline) reportNoOutline(yaml, node, place);
    else ids.push(text);
  }
  return ids;
}

function reportUnknownPlace(yaml: YamlBlock, node: Node, id: string, places: Gazetteer) {
  yaml.report(
    node,
    `'${id}' is not a place a story can name.${suggestPlaces(id, places) || " Find ids with npm run places -- <words>, add it to the story's places file, or use an explicit camera."}`,
  );
}

/** A highlight draws a place's outline; an area known only by its label point has none. */
function reportNoOutline(yaml: YamlBlock, node: Node, place: PlaceInfo) {
  yaml.report(
    node,
    `'${place.id}' (${place.kind}, ${place.country}) has no outline in the built-in data, only a label point, so it cannot be highlighted. Frame it instead, or add its outline to the story's places file (places: in the front matter) under an id of your own, e.g. '${place.id}-outline', and highlight that.`,
  );
}

function defaultCamera(): Camera {
  return { kind: 'view', center: [0, 0], zoom: 1, bearing: 0, pitch: 0 };
}

function readCamera(
  yaml: YamlBlock,
  fields: Map<string, Field>,
  places: Gazetteer,
): Camera | undefined {
  const bearing = yaml.number(fields.get('bearing'), -360, 360) ?? 0;
  const pitch = yaml.number(fields.get('pitch'), 0, 85) ?? 0;
  const frame = fields.get('frame');
  const camera = fields.get('camera');
  if (frame && camera) {
    yaml.report(
      camera.keyNode,
      "A step has either 'frame' (places to fit) or 'camera' (an explicit view), not both.",
    );
    return undefined;
  }
  if (frame) {
    const ids = placeList(yaml, frame, places);
    if (ids.length === 0) return undefined;
    const bounds = ids.map((id) => places.get(id)!.bounds).reduce(union);
    const maxZoom = yaml.number(fields.get('max-zoom'), 0, 22);
    return { kind: 'frame', bounds, places: ids, maxZoom, bearing, pitch };
  }
  if (!camera) {
    yaml.report(
      yaml.root,
      "Each step needs a camera: 'frame: [place, …]' or 'camera: { center: [lon, lat], zoom: … }'.",
    );
    return undefined;
  }
  const view = yaml.fields(camera.value, CAMERA_KEYS, 'a camera');
  if (!view) return undefined;
  yaml.require(view, camera.value, ['center', 'zoom'], 'A camera');
  const center = lngLat(yaml, view.get('center'));
  const zoom = yaml.number(view.get('zoom'), 0, 22);
  if (!center || zoom === undefined) return undefined;
  return {
    kind: 'view',
    center,
    zoom,
    bearing: yaml.number(view.get('bearing'), -360, 360) ?? bearing,
    pitch: yaml.number(view.get('pitch'), 0, 85) ?? pitch,
  };
}

function union(a: Bounds, b: Bounds): Bounds {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function lngLat(yaml: YamlBlock, field: Field | undefined): LngLat | undefined {
  if (!field) return undefined;
  const items = isSeq(field.value) ? (field.value.items as Node[]) : [];
  const numbers = items.map((item) =>
    isScalar(item) && typeof item.value === 'number' ? item.value : NaN,
  );
  if (numbers.length !== 2 || numbers.some(Number.isNaN)) {
    yaml.report(
      field.value ?? field.keyNode,
      "'center' must be [longitude, latitude], two numbers in degrees.",
    );
    return undefined;
  }
  const [lon, lat] = numbers as [number, number];
  if (lon < -180 || lon > 180) {
    yaml.report(
      items[0]!,
      `The longitude ${lon} is out of range: it must lie between -180 and 180. Is it [longitude, latitude]?`,
    );
    return undefined;
  }
  if (lat < -90 || lat > 90) {
    yaml.report(
      items[1]!,
      `The latitude ${lat} is out of range: it must lie between -90 and 90. Is it [longitude, latitude]?`,
    );
    return undefined;
  }
  return [lon, lat];
}

function readAnnotation(
  yaml: YamlBlock,
  node: Node,
  places: Gazetteer,
  words = new Words(EN, 'en'),
): Annotation | undefined {
  const fields = yaml.fields(node, ANNOTATION_KEYS, 'an annotation');
  if (!fields) return undefined;
  yaml.require(fields, node, ['kind', 'from', 'to', 'who'], 'Each annotation');
  const kind = yaml.text(fields.get('kind'));
  if (kind && kind !== 'strike' && kind !== 'movement') {
    yaml.report(
      fields.get('kind')!.value,
      `The annotation kind '${kind}' is unknown; use 'strike' or 'movement'.`,
    );
  }
  const [from] = placeList(yaml, fields.get('from'), places);
  const [to] = placeList(yaml, fields.get('to'), places);
  const when = span(yaml, fields.get('when'));
  const who = yaml.text(fields.get('who'));
  if (from && from === to) {
    yaml.report(
      fields.get('to')!.value,
      `An arrow needs two different places; 'from' and 'to' are both '${to}'.`,
    );
    return undefined;
  }
  if ((kind !== 'strike' && kind !== 'movement') || !from || !to || !who) return undefined;
  const arrow = arrowPath(places.get(from)!, places.get(to)!);
  const label =
    yaml.text(fields.get('label')) ?? (kind === 'strike' ? words.t('strikeBy', { who }) : who);
  return { kind, from, to, who, when: when?.text, label, ...arrow };
}
