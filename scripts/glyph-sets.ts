/**
 * Which characters each font stack must draw, read from the style itself: every symbol layer's
 * font, the texts it shows (a basemap layer's characters as the archive lists them, the story's
 * names and arrow labels for the overlay's layers) and whether it shows them in capitals.
 */
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { NAME_LANGUAGES } from '../src/lib/map/archive.ts';

/** The texts a style's symbol layers may show, by where they come from. */
export interface LabelSources {
  /** The characters of each of the archive's label layers (by source layer). */
  archive: Record<string, string>;
  /** Every text the story's own layers may show: place names and arrow labels. */
  story: readonly string[];
}

function isSymbol(layer: LayerSpecification): layer is SymbolLayerSpecification {
  return layer.type === 'symbol';
}

/** The code points each font stack (by its first font's name) must have glyphs for. */
export function glyphSets(
  layers: readonly LayerSpecification[],
  sources: LabelSources,
): Map<string, Set<number>> {
  const sets = new Map<string, Set<number>>();
  for (const layer of layers.filter(isSymbol)) {
    const font = layer.layout?.['text-font'];
    const field = layer.layout?.['text-field'];
    if (!Array.isArray(font) || typeof font[0] !== 'string' || field === undefined) continue;
    const sourceLayer = layer['source-layer'];
    // A layer that shows local names (`labels: [en, local]`) draws the archive's local names too,
    // and so does one that shows names in a story's language (`name_fa`...), and the local names.
    const shown = JSON.stringify(field);
    const suffixes = ['local', ...NAME_LANGUAGES].filter((suffix) =>
      shown.includes(`"name_${suffix}"`),
    );
    const texts = sourceLayer
      ? [
          sources.archive[sourceLayer] ?? '',
          ...suffixes.map((suffix) => sources.archive[`${sourceLayer}:${suffix}`] ?? ''),
        ]
      : sources.story;
    const capitals = JSON.stringify(field).includes('"upcase"');
    const set = sets.get(font[0]) ?? new Set<number>();
    for (const text of texts) {
      for (const char of capitals ? text.toUpperCase() : text) set.add(char.codePointAt(0)!);
    }
    sets.set(font[0], set);
  }
  return sets;
}
