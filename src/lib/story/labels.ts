/**
 * A story's `labels:` (front matter): the languages its map labels are in. `[en, local]` puts the
 * local name under the English one, in the language of the country each place is in; a list of
 * codes (`[en, fa, ur]`) does so only for local names in those languages.
 */
import type { Node } from 'yaml';
import type { Gazetteer } from './gazetteer.ts';
import type { LocalName } from './types.ts';
import type { Field, YamlBlock } from './yamlFields.ts';

/** The `labels:` of the front matter as written, with where each code is. */
export interface LabelsField {
  /** The codes as written, `en` first (e.g. `['en', 'local']`). */
  codes: string[];
  /** Where `labels:` is, for problems about the labels as a whole. */
  line: number;
  column: number;
  /** Reports a problem at the code at `index`. */
  report(index: number, message: string): void;
}

/** Whether a text is a well-formed BCP 47 language tag (as `Intl` reads them). */
export function isLanguageTag(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

/** Reads and checks `labels:` on its own (the languages the data has are checked later). */
export function readLabels(yaml: YamlBlock, field: Field | undefined): LabelsField | undefined {
  if (!field) return undefined;
  const items = yaml.list(field);
  const nodes: Node[] = items.map((item) => item.node);
  const codes = items.map((item) => item.text);
  const report = (index: number, message: string) =>
    yaml.report(nodes[index] ?? field.value, message);
  codes.forEach((code, i) => {
    if (code === 'local' || code === 'en') return;
    if (!isLanguageTag(code)) {
      report(
        i,
        `'${code}' is not a language code (BCP 47); write local, or a code such as fa, ur or ar.`,
      );
    }
  });
  if (codes.length > 0 && codes[0] !== 'en') {
    report(
      0,
      `The map's names are in English: start labels with en, e.g. labels: [en, local], not [${codes.join(', ')}].`,
    );
  }
  const { line, column } = yaml.textOrigin(field.value ?? field.keyNode);
  return { codes, line, column, report };
}

/** The languages any place has a local name in, sorted. */
export function localLanguages(places: Gazetteer): string[] {
  const found = new Set<string>();
  for (const place of places.values()) if (place.local) found.add(place.local.lang);
  return [...found].sort();
}

/** Reports each code of `labels:` that no place has names in, with the codes that exist. */
export function checkLabelLanguages(labels: LabelsField, places: Gazetteer): void {
  const known = localLanguages(places);
  labels.codes.forEach((code, i) => {
    if (code === 'local' || code === 'en' || !isLanguageTag(code) || known.includes(code)) return;
    report(code, i);
  });
  function report(code: string, i: number) {
    labels.report(
      i,
      `No place has a name in '${code}'; write local for each place's own language, or one of: ${known.join(', ')}.`,
    );
  }
}

/** A place's local name if the story's `labels` ask for it, else undefined. */
export function shownLocal(
  codes: readonly string[],
  local: LocalName | undefined,
): LocalName | undefined {
  if (!local) return undefined;
  return codes.includes('local') || codes.includes(local.lang) ? local : undefined;
}
