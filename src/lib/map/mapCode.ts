import type * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

/** What a map needs once its code is in: MapLibre's map, and a way to open the basemap archive. */
export interface MapCode {
  Map: typeof maplibregl.Map;
  AttributionControl: typeof maplibregl.AttributionControl;
  /** Opens the PMTiles archive at `url`; resolves once its header reads as one. */
  openArchive: (url: string) => Promise<unknown>;
}

let request: Promise<MapCode> | undefined;

/**
 * MapLibre and the `pmtiles` reader, in chunks of their own, loaded once per page whoever asks
 * first (the live map, or the handout's pictures). Its workers start as soon as it is in, before
 * a map is made; the `pmtiles` protocol, through which MapLibre reads the basemap's tiles, is
 * registered once, so every map of the page shares its archive's directory cache.
 */
export function loadMapCode(): Promise<MapCode> {
  request ??= Promise.all([import('maplibre-gl'), import('pmtiles')]).then(
    ([{ Map, AttributionControl, setWorkerUrl, prewarm, addProtocol }, { PMTiles, Protocol }]) => {
      setWorkerUrl(workerUrl);
      prewarm();
      const protocol = new Protocol();
      addProtocol('pmtiles', protocol.tile);
      const openArchive = (url: string) => {
        const archive = protocol.get(url) ?? new PMTiles(url);
        protocol.add(archive);
        return archive.getHeader();
      };
      return { Map, AttributionControl, openArchive };
    },
  );
  return request;
}
