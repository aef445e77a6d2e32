import type { Geometry } from 'geojson';

/**
 * The geometry with its rings turned round: GeoJSON (RFC 7946) runs exterior rings
 * counter-clockwise, and d3-geo, which works on the sphere, reads that as the rest of the world.
 */
export function rewound(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) };
  }
  if (geometry.type === 'MultiPolygon') {
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((polygon) =>
        polygon.map((ring) => [...ring].reverse()),
      ),
    };
  }
  return geometry;
}
