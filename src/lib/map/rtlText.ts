/**
 * MapLibre's right-to-left text plugin (`@mapbox/mapbox-gl-rtl-text`), which shapes Arabic-script
 * labels and sets them right to left. The build copies it beside the page; a story whose labels
 * may hold such names registers it lazily, so MapLibre fetches it from the page's own origin
 * only once a label needs it, and a story in English only never fetches it.
 */
import type * as maplibregl from 'maplibre-gl';

/** Where the plugin is in the built site, relative to the page. */
export const RTL_PLUGIN_PATH = 'rtl-text.js';

/** Whether a story's `labels` may put a right-to-left name on the map. */
export function needsRtlPlugin(labels: readonly string[]): boolean {
  return labels.length > 1;
}

type RtlApi = Pick<typeof maplibregl, 'setRTLTextPlugin' | 'getRTLTextPluginStatus'>;

/** Registers the plugin (once per page; MapLibre allows no second call), loaded when first needed. */
export function registerRtlPlugin(maplibre: RtlApi, url: string): void {
  if (maplibre.getRTLTextPluginStatus() !== 'unavailable') return;
  void maplibre.setRTLTextPlugin(url, true).catch((error: unknown) => {
    console.error('The right-to-left text plugin could not be loaded:', error);
  });
}
