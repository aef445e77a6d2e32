/** The typed form of a story script, produced at build time and trusted everywhere after. */

import type { TextDirection } from '../i18n/messages.ts';
import type { LabelSize } from '../map/labelStyle.ts';

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** A lon/lat pair in degrees. */
export type LngLat = [number, number];

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/** Where the camera goes for a step. */
export type Camera =
  | {
      kind: 'frame';
      /** The union of the framed places' bounds. */
      bounds: Bounds;
      /** The framed place ids, kept for descriptions. */
      places: string[];
      maxZoom: number | undefined;
      bearing: number;
      pitch: number;
    }
  | { kind: 'view'; center: LngLat; zoom: number; bearing: number; pitch: number };

/** A strike or a movement drawn on the map as an arrow. */
export interface Annotation {
  kind: 'strike' | 'movement';
  from: string;
  to: string;
  who: string;
  /** As written: a day or `start/end`. */
  when: string | undefined;
  label: string;
  /**
   * True when `from` is an area (a country, province or district): the arrow then shows only
   * the direction, because the sources give no launch site or route.
   */
  directionOnly: boolean;
  /** The arrow's path, from tail to head, precomputed at build time. */
  path: LngLat[];
  /** Compass bearing of the arrowhead, degrees clockwise from north. */
  headBearing: number;
  /** The label's size on the map in pixels, measured at build time from the map's font. */
  labelSize?: LabelSize;
}

/** One section of the script: one camera position, one slide, one kiosk stop. */
export interface Step {
  /** Anchor and stable key, e.g. `panjgur`. */
  id: string;
  index: number;
  title: string;
  /** As written: a day, or `start/end`. */
  date: string;
  dateStart: IsoDay;
  dateEnd: IsoDay;
  /** The span as readers see it, in the story's language, e.g. "16–17 Jan 2024". */
  dateText: string;
  dateNote: string | undefined;
  camera: Camera;
  highlight: string[];
  annotations: Annotation[];
  /** Seconds a kiosk stays on the step. */
  dwell: number;
  notes: string | undefined;
  sources: string[];
  /** What the map shows, in words, for screen readers. */
  mapText: string;
  /** `mapText` in pieces, each local name marked with its language (only when it quotes one). */
  mapTextParts?: MapTextPart[];
  /** Sanitised HTML of the prose. */
  html: string;
  /** Sanitised HTML of the slide: the step's `slide:` text, or the prose's first paragraph. */
  slideHtml: string;
  /** 1-based line of the step's heading in the script. */
  line: number;
  /** Still pictures of the step's map (`npm run stills`), added by the build where they exist. */
  stills?: StepStills;
}

/** One still picture of a step's map, as the page finds it. */
export interface StillPicture {
  /** Relative to the story's page. */
  src: string;
  width: number;
  height: number;
}

/** A step's still pictures: one for wide boxes and link previews, one for narrow boxes. */
export interface StepStills {
  /** WebP, landscape (1200×630, the size link previews use). */
  wide: StillPicture;
  /** WebP, upright (800×1000), for phones and narrow boxes. */
  narrow: StillPicture;
  /** The wide picture as PNG, for link-preview crawlers that do not read WebP. */
  preview: StillPicture;
}

/** A report the story rests on. */
export interface Source {
  id: string;
  label: string;
  publisher: string;
  headline: string;
  author: string | undefined;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  /** The date as readers see it, e.g. "29 Jan 2024" or "Jan 2024". */
  dateText: string;
  url: string | undefined;
  file: string | undefined;
  note: string | undefined;
}

/** The basemap a story is drawn on. */
export type Basemap = { kind: 'default' } | { kind: 'url'; url: string };

/** A place's name in the language of the country it is in (`labels: [en, local]`). */
export interface LocalName {
  /** BCP 47 code, e.g. `fa`. */
  lang: string;
  name: string;
}

/** A piece of a step's map description: plain text, or a local name in its own language. */
export interface MapTextPart {
  text: string;
  lang?: string;
}

/** A place the story names, reduced to what the page draws and says about it. */
export interface StoryPlace {
  name: string;
  /** Its local name, drawn under `name`, when the story's `labels` ask for it. */
  local?: LocalName;
  kind: string;
  /** Where its label goes: the point itself, or a point inside the area. */
  anchor: LngLat;
  /** West, south, east, north of its shape. */
  bounds: Bounds;
  /** Its label's size on the map in pixels, measured at build time from the map's font. */
  label?: LabelSize;
}

/** A whole story, ready to render. */
export interface Story {
  title: string;
  dek: string;
  byline: string;
  date: IsoDay;
  /** The date as readers see it. */
  dateText: string;
  language: string;
  /** The languages of the map's labels (`labels:`): `[]` for English only, else `en` first. */
  labels: string[];
  /** Which way the story's language is written: the page is laid out to match. */
  dir: TextDirection;
  basemap: Basemap;
  /** Where the story is published (`url:`), ending in `/`, if the front matter says. */
  url: string | undefined;
  sources: Source[];
  /** Sanitised HTML of the text before the first step. */
  introHtml: string;
  steps: Step[];
  /** Every place a step frames, highlights or points at, by id. */
  places: Record<string, StoryPlace>;
  /** The script's path, for messages. */
  file: string;
}

/** Kiosk dwell, in seconds, for steps that do not set one. */
export const DEFAULT_DWELL = 12;
