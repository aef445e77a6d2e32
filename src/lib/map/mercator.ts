/** The width of the world in pixels at zoom 0, as MapLibre draws it. */
export const TILE_SIZE = 512;

/**
 * Web Mercator coordinates of a longitude and latitude, as fractions of the world's width: x from
 * 0 at 180° W to 1 at 180° E, y from 0 at the north edge to 1 at the south edge.
 */
export function toMercator([lon, lat]: readonly [number, number]): [number, number] {
  const latRad = (lat * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2;
  return [(lon + 180) / 360, y];
}

/** The longitude and latitude of Web Mercator coordinates given as fractions of the world. */
export function fromMercator([x, y]: readonly [number, number]): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}
