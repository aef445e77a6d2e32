import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { Annotation } from '../../src/lib/story/types.ts';
import * as maplibregl from 'maplibre-gl';
import { expression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  applyMapState,
  cameraFor,
  offsetCenter,
  overlayData,
  primeMap,
  primerPoint,
  type StoryMapLike,
} from '../../src/lib/map/applyMapState.ts';
import { arrowheadImage } from '../../src/lib/map/arrowhead.ts';
import { ARCHIVE_PATH, DETAIL_MINZOOM, WORLD_MAXZOOM } from '../../src/lib/map/archive.ts';
import { basemapStyle, OVERLAY_SOURCE } from '../../src/lib/map/basemapStyle.ts';
import { fitSubject } from '../../src/lib/map/fit.ts';
import { palette } from '../../src/lib/map/palette.ts';
import { archiveMetadata } from '../../scripts/archive-metadata.ts';
import { arrowLabelPlacement, mapStateFor, placeContent } from '../../src/lib/map/mapState.ts';
import {
  primerFeatures,
  storyFeatures,
  storyLayers,
  storySources,
} from '../../src/lib/map/storyLayers.ts';
import { gazetteerFrom } from '../../src/lib/story/gazetteer.ts';
import { parseStory } from '../../src/lib/story/parse.ts';

const places = gazetteerFrom(JSON.parse(readFileSync('tests/fixtures/places.geojson', 'utf8')));
const file = 'tests/fixtures/stories/good.md';
const story = parseStory(readFileSync(file, 'utf8'), file, places).story!;
const content = placeContent(
  story,
  JSON.parse(readFileSync('tests/fixtures/places.geojson', 'utf8')),
);
const stateOf = (index: number) => mapStateFor(story.steps[index]!, content);
/** Something an overlay keeps besides the story (an online style's own features, say). */
const keep: Feature[] = [
  {
    type: 'Feature',
    properties: { part: 'kept' },
    geometry: { type: 'Point', coordinates: [0, 0] },
  },
];
const URLS = {
  archive: 'http://x/geo/basemap.pmtiles',
  glyphs: 'http://x/glyphs/{fontstack}/{range}.pbf',
};

/** A map that records what was asked of it. */
function recordingMap() {
  const calls: [string, ...unknown[]][] = [];
  const map: StoryMapLike = {
    getSource: (id) => ({ setData: (data: unknown) => calls.push(['setData', id, data]) }),
    cameraForBounds: (bounds, options) => {
      calls.push(['cameraForBounds', bounds, options]);
      return { center: { lng: 64, lat: 26 }, zoom: 6.5 };
    },
    flyTo: (options) => calls.push(['flyTo', options]),
    jumpTo: (options) => calls.push(['jumpTo', options]),
    triggerRepaint: () => calls.push(['triggerRepaint']),
    getCenter: () => ({ lng: 50, lat: 30 }),
    getZoom: () => 4,
    getContainer: () => ({ clientWidth: 1280, clientHeight: 800 }),
    stop: () => calls.push(['stop']),
  };
  return { map, calls };
}

const padding = { top: 80, right: 40, bottom: 40, left: 480 };

describe('mapStateFor', () => {
  it('follows from the step alone: same step, same state', () => {
    expect(stateOf(0)).toEqual(stateOf(0));
  });

  it('holds only the highlighted places, with their labels', () => {
    const state = stateOf(0);
    expect(state.places.features.map((f) => f.id)).toEqual(['east-province']);
    expect(state.labels.features.map((f) => f.properties)).toEqual([
      { id: 'east-province', name: 'East Province', area: true },
    ]);
    expect(stateOf(1).places.features).toEqual([]);
  });

  it('turns each arrow into a line, a head and a label', () => {
    const roles = stateOf(0).arrows.features.map((f) => f.properties!['role']);
    expect(roles).toEqual(['stub', 'head', 'label']);
    const arc = stateOf(1).arrows.features.map((f) => f.properties!['role']);
    expect(arc).toEqual(['arc', 'head', 'label']);
  });

  it("sets a stub's label beyond its tail, away from its head; an arc's above its middle", () => {
    const arrow = (headBearing: number, directionOnly: boolean): Annotation => ({
      kind: 'strike',
      from: 'a',
      to: 'b',
      who: 'someone',
      when: undefined,
      label: 'a label',
      directionOnly,
      path: [
        [50, 30],
        [49, 30],
        [48, 30],
      ],
      headBearing,
    });
    const west = arrowLabelPlacement(arrow(-90, true));
    expect(west).toMatchObject({ at: [50, 30], anchor: 'left' });
    expect(west.offset[0]).toBeGreaterThan(0);
    expect(arrowLabelPlacement(arrow(100, true)).anchor).toBe('right');
    expect(arrowLabelPlacement(arrow(10, true)).anchor).toBe('top');
    expect(arrowLabelPlacement(arrow(190, true)).anchor).toBe('bottom');
    expect(arrowLabelPlacement(arrow(-90, false))).toMatchObject({
      at: [49, 30],
      anchor: 'bottom',
    });
  });

  it('can label every named place except borders, at its anchor', () => {
    const labels = [...content.labels.values()].map((f) => [
      f.properties!['id'],
      f.properties!['area'],
    ]);
    expect(labels).toEqual([
      ['east-province', true],
      ['harbour-town', false],
      ['west-capital', false],
      ['westland', true],
    ]);
    expect([...content.shapes.keys()].sort()).toEqual([
      'east-province',
      'harbour-town',
      'west-capital',
      'westland',
    ]);
  });
});

describe('applyMapState', () => {
  it('fills the story source with every part and sets the camera, flying when animated', () => {
    const { map, calls } = recordingMap();
    applyMapState(map, stateOf(0), padding, true);
    const filled = calls.filter((c) => c[0] === 'setData');
    expect(filled.map((c) => c[1])).toEqual(['overlay']);
    const features = (filled[0]![2] as FeatureCollection).features;
    const state = stateOf(0);
    expect(features.map((f) => f.properties!['part'])).toEqual([
      ...state.places.features.map(() => 'place'),
      ...state.labels.features.map(() => 'label'),
      ...state.arrows.features.map(() => 'arrow'),
    ]);
    // Tagging a part keeps a feature's own properties.
    expect(features[0]!.properties).toMatchObject(state.places.features[0]!.properties!);
    // A framed step seen straight down is fitted with its labels, not by MapLibre's bounds.
    expect(calls.some((c) => c[0] === 'cameraForBounds')).toBe(false);
    const fitted = fitSubject(state.subject, 1280, 800, padding, 7)!;
    expect(calls.find((c) => c[0] === 'flyTo')?.[1]).toMatchObject({
      ...fitted,
      essential: true,
    });
    expect(calls.at(-1)).toEqual(['triggerRepaint']);
  });

  it('cuts instead of flying when not animated, and is idempotent', () => {
    const first = recordingMap();
    const second = recordingMap();
    const state = stateOf(1);
    applyMapState(first.map, state, padding, false);
    applyMapState(second.map, stateOf(0), padding, false);
    applyMapState(second.map, state, padding, false);
    const tail = second.calls.slice(second.calls.length - first.calls.length);
    expect(tail).toEqual(first.calls);
    expect(first.calls.some((c) => c[0] === 'flyTo')).toBe(false);
  });

  it('leaves an overlay that already holds the state alone, and still sets the camera', () => {
    const { map, calls } = recordingMap();
    applyMapState(map, stateOf(1), padding, false, keep, { overlay: false });
    expect(calls.some((c) => c[0] === 'setData')).toBe(false);
    expect(calls.some((c) => c[0] === 'jumpTo')).toBe(true);
    // What the overlay must already hold is what a full application writes.
    const full = recordingMap();
    applyMapState(full.map, stateOf(1), padding, false, keep);
    expect(full.calls.find((c) => c[0] === 'setData')?.[2]).toEqual(overlayData(stateOf(1), keep));
  });

  it('frames on the whole map when the padding leaves no room', () => {
    const { map, calls } = recordingMap();
    let asked = 0;
    map.cameraForBounds = () => (asked++ === 0 ? undefined : { center: [1, 2], zoom: 4 });
    const tilted = { ...story.steps[0]!.camera, bearing: 30 } as const;
    const target = cameraFor(map, tilted, padding, stateOf(0).subject);
    expect([asked, target.center, target.zoom]).toEqual([2, [1, 2], 4]);
    expect(calls).toEqual([]);
  });
});

describe('primers', () => {
  it('are added to the step, with the overlay kept, and dropped by the next step', () => {
    const { map, calls } = recordingMap();
    primeMap(map, stateOf(0), keep, [70, 20]);
    applyMapState(map, stateOf(0), padding, false, keep);
    const [primed, shown] = calls
      .filter((c) => c[0] === 'setData')
      .map((c) => (c[2] as FeatureCollection).features);
    const isPrimer = (f: Feature) => f.properties?.['primer'] === true;
    expect(primed!.filter(isPrimer).length).toBe(9);
    expect(primed!.filter((f) => !isPrimer(f))).toEqual(shown);
    expect(shown!.slice(0, keep.length)).toEqual(keep);
    expect(shown!.some(isPrimer)).toBe(false);
  });

  // Web Mercator at `zoom`, 512 px tiles, centred on `center`.
  const unprojector =
    (center: [number, number], zoom: number, width: number, height: number) =>
    ([x, y]: [number, number]): [number, number] => {
      const world = 512 * 2 ** zoom;
      const cx = ((center[0] + 180) / 360) * world;
      const lat = (center[1] * Math.PI) / 180;
      const cy = ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * world;
      const px = cx + x - width / 2;
      const py = cy + y - height / 2;
      const lon = (px / world) * 360 - 180;
      const latOut = (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / world))) * 180) / Math.PI;
      return [lon, latOut];
    };

  it('go just past an edge of the map, in an overlay tile that edge is drawn in', () => {
    const unproject = unprojector([60, 28], 6, 1280, 800);
    const at = primerPoint(1280, 800, 6, unproject)!;
    // 200 px left of the left edge, half way down: off screen and beyond the label margin.
    expect(at[0]).toBeCloseTo(unproject([-200, 400])[0], 9);
    expect(at[1]).toBeCloseTo(unproject([-200, 400])[1], 9);
  });

  it('try another edge when a tile boundary lies just past one', () => {
    // Zoom 4 tiles are 22.5° wide: put the left edge 100 px east of the boundary at 45°E.
    const zoom = 6;
    const degreesPerPx = 360 / (512 * 2 ** zoom);
    const center: [number, number] = [45 + (640 + 100) * degreesPerPx, 28];
    const unproject = unprojector(center, zoom, 1280, 800);
    const at = primerPoint(1280, 800, zoom, unproject)!;
    expect(at[0]).toBeCloseTo(unproject([1480, 400])[0], 9);
    // A boundary past every edge: no point, and no primers.
    const split = ([x, y]: [number, number]): [number, number] =>
      x < 0 || x > 1280 || y < 0 || y > 800 ? [-10, -10] : [10, 10];
    expect(primerPoint(1280, 800, zoom, split)).toBeUndefined();
  });
});

describe('offsetCenter', () => {
  it('moves the centre so the point shows in the middle of the uncovered part', () => {
    const [lon, lat] = offsetCenter([64, 26], 6, 0, { top: 0, right: 0, bottom: 0, left: 400 });
    // 200 px at zoom 6 is 200 / (512 * 64) of the world's width, about 2.2°.
    expect(lon).toBeCloseTo(64 - (200 / (512 * 64)) * 360, 6);
    expect(lat).toBeCloseTo(26, 6);
    expect(offsetCenter([64, 26], 6, 0, { top: 10, right: 20, bottom: 10, left: 20 })).toEqual([
      64,
      expect.closeTo(26, 9),
    ]);
  });
});

const filterOf = (layer: LayerSpecification) => ('filter' in layer ? layer.filter : undefined);

describe('styles', () => {
  it('the offline basemap and story layers are valid MapLibre style', () => {
    const style = basemapStyle(URLS);
    // On the embedded basemap the story draws in the basemap's own overlay source.
    expect(validateStyleMin({ ...style, layers: [...style.layers, ...storyLayers()] })).toEqual([]);
    // On an online style it brings that source itself.
    const online = { ...style, sources: { basemap: style.sources['basemap']!, ...storySources() } };
    online.layers = [
      ...style.layers.filter((layer) => !('source' in layer) || layer.source === 'basemap'),
      ...storyLayers(),
    ];
    expect(validateStyleMin(online)).toEqual([]);
  });

  it('reads the archive through the pmtiles protocol, in two zoom bands, over a sea with no edge', () => {
    const style = basemapStyle(URLS);
    const tiles = ['pmtiles://http://x/geo/basemap.pmtiles/{z}/{x}/{y}'];
    expect(style.sources['basemap']).toMatchObject({
      type: 'vector',
      tiles,
      maxzoom: WORLD_MAXZOOM,
    });
    expect(style.sources['detail']).toMatchObject({
      type: 'vector',
      tiles,
      minzoom: DETAIL_MINZOOM,
    });
    // Wherever there is no tile, there is sea: the background, drawn first, everywhere.
    expect(style.layers[0]).toEqual({
      id: 'sea',
      type: 'background',
      paint: { 'background-color': palette.sea },
    });
  });

  it('draws only layers the committed archive holds', () => {
    const metadata = archiveMetadata(readFileSync(ARCHIVE_PATH));
    const held = (metadata['vector_layers'] as { id: string }[]).map((layer) => layer.id);
    const drawn = basemapStyle(URLS).layers.flatMap((layer) =>
      'source-layer' in layer && layer['source-layer'] ? [layer['source-layer']] : [],
    );
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.filter((name) => !held.includes(name))).toEqual([]);
  });

  it('the embedded basemap can start with a step in its overlay and the story layers over it', () => {
    const overlay = overlayData(stateOf(0)).features;
    const style = basemapStyle({ ...URLS, overlay, layers: storyLayers() });
    expect(validateStyleMin(style)).toEqual([]);
    const source = style.sources[OVERLAY_SOURCE] as { data: FeatureCollection };
    expect(source.data.features).toEqual(overlay);
    expect(overlay.length).toBeGreaterThan(0);
    // The story's layers come last, over every basemap layer, in their own order.
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.slice(-storyLayers().length)).toEqual(storyLayers().map((layer) => layer.id));
    // Without them, the overlay starts empty.
    const plain = basemapStyle(URLS);
    expect((plain.sources[OVERLAY_SOURCE] as { data: FeatureCollection }).data.features).toEqual(
      [],
    );
    expect(plain.layers.length).toBe(style.layers.length - storyLayers().length);
  });

  it("the story's layers draw its parts and nothing the overlay keeps besides", () => {
    const style = basemapStyle(URLS);
    const overlay = style.layers.filter(
      (layer) => 'source' in layer && layer.source === OVERLAY_SOURCE,
    );
    expect(overlay).toEqual([]);
    const features = storyFeatures(
      { place: stateOf(0).places, label: stateOf(0).labels, arrow: stateOf(0).arrows },
      keep,
    ).features;
    const matches = (filter: unknown, feature: (typeof features)[number]) =>
      featureFilter(filter as FilterSpecification, 'layers[0].filter').filter({ zoom: 5 }, {
        type: ({ Point: 1, LineString: 2, Polygon: 3 } as Record<string, 1 | 2 | 3>)[
          feature.geometry.type.replace('Multi', '')
        ]!,
        properties: feature.properties ?? {},
      } as never);
    for (const feature of features.filter((f) => f.properties?.['part'] === 'kept')) {
      for (const layer of storyLayers()) expect(matches(filterOf(layer), feature)).toBe(false);
    }
    // Every story feature is drawn by some layer.
    for (const feature of features.filter((f) => f.properties?.['part'] !== 'kept')) {
      expect(storyLayers().some((layer) => matches(filterOf(layer), feature))).toBe(true);
    }
  });

  it('primer features reach every story layer, and every layer draws them transparent', () => {
    const all = storyFeatures(
      { place: stateOf(0).places, label: stateOf(0).labels, arrow: stateOf(0).arrows },
      [],
    ).features;
    const primers = storyFeatures(
      Object.fromEntries(
        Object.entries(primerFeatures([64, 26])).map(([part, features]) => [
          part,
          { type: 'FeatureCollection', features },
        ]),
      ) as never,
    ).features;
    const asTile = (feature: (typeof all)[number]) =>
      ({
        type: ({ Point: 1, LineString: 2, Polygon: 3 } as Record<string, 1 | 2 | 3>)[
          feature.geometry.type.replace('Multi', '')
        ]!,
        properties: feature.properties ?? {},
      }) as never;
    const opacityKeys = ['fill', 'line', 'circle', 'circle-stroke', 'icon', 'text'].map(
      (prefix) => `${prefix}-opacity`,
    );
    for (const layer of storyLayers()) {
      const filter = featureFilter(filterOf(layer) as FilterSpecification, 'filter');
      const drawn = primers.filter((feature) => filter.filter({ zoom: 5 }, asTile(feature)));
      const paint = (('paint' in layer ? layer.paint : undefined) ?? {}) as Record<string, unknown>;
      if (Object.values(paint).every((value) => !Array.isArray(value))) {
        // Constant paint: MapLibre's plain shaders, which the basemap compiles; no primer there.
        expect(drawn, layer.id).toEqual([]);
        continue;
      }
      // Each other layer draws a primer, so each of its shaders is compiled ahead of need…
      expect(drawn.length, layer.id).toBeGreaterThan(0);
      const opacities = opacityKeys.filter((key) => key in paint);
      expect(opacities.length, layer.id).toBeGreaterThan(0);
      for (const key of opacities) {
        const parsed = expression.createExpression(paint[key], 'opacity');
        if (parsed.result !== 'success') throw new Error(`${layer.id} ${key}`);
        // …but draws it fully transparent, and the story's own features not.
        for (const feature of drawn)
          expect(parsed.value.evaluate({ zoom: 5 }, asTile(feature))).toBe(0);
        for (const feature of all.filter((f) => filter.filter({ zoom: 5 }, asTile(f))))
          expect(parsed.value.evaluate({ zoom: 5 }, asTile(feature))).toBeGreaterThan(0);
      }
    }
  });

  it('arrowheads are drawn locally as RGBA pixels', () => {
    const image = arrowheadImage('#b0321c');
    expect(image.data.length).toBe(image.width * image.height * 4);
    const alpha = (x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];
    expect(alpha(22, 30)).toBe(255);
    expect(alpha(1, 1)).toBe(0);
  });
});

describe('the real maplibre-gl module', () => {
  it('still has every API the story uses, by name', () => {
    const proto = maplibregl.Map.prototype as unknown as Record<string, unknown>;
    const used = [
      'getSource',
      'cameraForBounds',
      'flyTo',
      'jumpTo',
      'getCenter',
      'getZoom',
      'stop',
      'triggerRepaint',
      'addImage',
      'hasImage',
      'addSource',
      'addLayer',
      'getLayer',
      'remove',
      'getCanvas',
      'on',
    ];
    expect(used.filter((name) => typeof proto[name] !== 'function')).toEqual([]);
    expect(typeof maplibregl.setWorkerUrl).toBe('function');
  });
});
