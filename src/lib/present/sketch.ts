import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoMercator, geoPath } from 'd3-geo';
import { DEFAULT_MAX_ZOOM } from '../map/applyMapState.ts';
import type { PlaceContent } from '../map/mapState.ts';
import type { Bounds, Step, Story } from '../story/types.ts';
import { rewound } from '../geo/rewound.ts';

export { rewound };

/** A step's map drawn small, as SVG path data in a `width` × `height` box. */
export interface Sketch {
  width: number;
  height: number;
  land: string;
  /** Highlighted areas and lines (a border is a line, not an area). */
  shapes: { d: string; line: boolean }[];
  /** Named points and area labels that fall inside the box. */
  labels: { x: number; y: number; name: string; point: boolean }[];
  arrows: {
    d: string;
    kind: 'strike' | 'movement';
    stub: boolean;
    head: [number, number];
    angle: number;
  }[];
}

/** The live map's world is 512 px wide at zoom 0; a view camera is sketched as a 1024×640 window. */
const VIEW_W = 1024;
const VIEW_H = 640;

/** The bounds a `VIEW_W` × `VIEW_H` window shows around `center` at `zoom`. */
function viewBounds([lon, lat]: [number, number], zoom: number): Bounds {
  const world = 512 * 2 ** zoom;
  const dLon = (VIEW_W / world) * 360;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const dy = ((VIEW_H / world) * 2 * Math.PI) / 2;
  const toLat = (value: number) => (Math.atan(Math.sinh(value)) * 180) / Math.PI;
  return [lon - dLon / 2, toLat(y - dy), lon + dLon / 2, toLat(y + dy)];
}

/**
 * What a step's camera shows, as longitude and latitude bounds: its framed places, never closer
 * than its maximum zoom (so one town keeps its region, as on the live map), or its explicit view.
 */
export function cameraBounds(step: Step): Bounds {
  const camera = step.camera;
  if (camera.kind === 'view') return viewBounds(camera.center, camera.zoom);
  const [west, south, east, north] = camera.bounds;
  const widest = viewBounds(
    [(west + east) / 2, (south + north) / 2],
    camera.maxZoom ?? DEFAULT_MAX_ZOOM,
  );
  return [
    Math.min(west, widest[0]),
    Math.min(south, widest[1]),
    Math.max(east, widest[2]),
    Math.max(north, widest[3]),
  ];
}

/**
 * Draws a step as the live map frames it (its camera's places, with the arrows' ends), on the
 * land of `land`, in Web Mercator like the map: a picture for the speaker view and the
 * overview, made without a second WebGL map.
 */
export function sketchStep(
  step: Step,
  story: Pick<Story, 'places'>,
  content: PlaceContent,
  /** Land polygons, already `rewound`. */
  land: readonly Geometry[],
  width: number,
  height: number,
): Sketch {
  const [west, south, east, north] = cameraBounds(step);
  const ends = step.annotations.flatMap((arrow) => [arrow.path[0]!, arrow.path.at(-1)!]);
  const corners = [
    [west, south],
    [east, north],
    [west, north],
    [east, south],
    ...(step.camera.kind === 'frame' ? ends : []),
  ];
  const pad = Math.round(Math.min(width, height) * 0.12);
  const projection = geoMercator()
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      { type: 'MultiPoint', coordinates: corners },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection);
  const draw = (geometry: Geometry | FeatureCollection | Feature) => path(geometry) ?? '';
  const shapes = step.highlight.flatMap((id) => {
    const feature = content.shapes.get(id);
    if (!feature) return [];
    const line = feature.geometry.type.includes('LineString');
    return [{ d: draw(rewound(feature.geometry)), line }];
  });
  const labels = step.highlight.flatMap((id) => {
    const place = story.places[id];
    const xy = place && projection(place.anchor);
    if (!place || !xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) return [];
    if (place.kind === 'border') return [];
    return [
      {
        x: xy[0],
        y: xy[1],
        name: place.name,
        point: !/^(country|province|district)$/.test(place.kind),
      },
    ];
  });
  const arrows = step.annotations.map((arrow) => {
    const points = arrow.path.map((point): [number, number] => projection(point) ?? [0, 0]);
    const head = points.at(-1)!;
    const before: [number, number] = points.at(-2) ?? head;
    const angle = (Math.atan2(head[1] - before[1], head[0] - before[0]) * 180) / Math.PI;
    return {
      d: draw({ type: 'LineString', coordinates: arrow.path }),
      kind: arrow.kind,
      stub: arrow.directionOnly,
      head: [head[0], head[1]] as [number, number],
      angle,
    };
  });
  return {
    width,
    height,
    land: draw({ type: 'GeometryCollection', geometries: [...land] }),
    shapes,
    labels,
    arrows,
  };
}
