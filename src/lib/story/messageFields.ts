import { isMap, isScalar, type Node } from 'yaml';
import { CATALOGUES, holesOf, MESSAGE_KEYS } from '../i18n/catalogues.ts';
import { EN } from '../i18n/en.ts';
import { PLURAL_FORMS, type Message, type MessageKey } from '../i18n/messages.ts';
import type { Problem } from '../problem.ts';
import type { Field, YamlBlock } from './yamlFields.ts';

/** A story's own wording of the page's messages (`messages:` in the front matter). */
export type MessageOverrides = Partial<Record<MessageKey, Message>>;

/**
 * Reads `messages:`, a mapping of message names to texts (or to plural forms, `one:` …
 * `other:`), reporting unknown names with the list of known ones, and holes the page cannot
 * fill: a hole's name must be one the English message has.
 */
export function readMessageOverrides(yaml: YamlBlock, field: Field | undefined): MessageOverrides {
  if (!field) return {};
  const fields = yaml.fields(field.value, MESSAGE_KEYS, "'messages'");
  const overrides: MessageOverrides = {};
  for (const [key, entry] of fields ?? []) {
    const name = key as MessageKey;
    const message = readMessage(yaml, entry.value, name);
    if (message === undefined) continue;
    const allowed = holesOf(EN[name]);
    for (const hole of holesOf(message)) {
      if (allowed.has(hole)) continue;
      const known =
        allowed.size > 0
          ? `it may use ${[...allowed].map((h) => `{${h}}`).join(', ')}`
          : 'it has none';
      yaml.report(entry.value, `The message '${name}' has no hole {${hole}}: ${known}.`);
    }
    overrides[name] = message;
  }
  return overrides;
}

function readMessage(yaml: YamlBlock, node: Node | null, key: MessageKey): Message | undefined {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '')
    return node.value;
  if (!isMap(node)) {
    yaml.report(
      node,
      `The message '${key}' must be a text, or its plural forms (one: …, other: …).`,
    );
    return undefined;
  }
  const forms = yaml.fields(node, PLURAL_FORMS, `the plural forms of '${key}'`);
  if (!forms) return undefined;
  yaml.require(forms, node, ['other'], `The plural forms of '${key}'`);
  const texts = Object.fromEntries(
    [...forms].map(([form, entry]) => [form, yaml.text(entry) ?? '']),
  );
  return texts['other'] ? { ...texts, other: texts['other'] } : undefined;
}

/**
 * A warning for a story whose language the page has no words in: they fall back to English
 * (the story can still give its own with `messages:`).
 */
export function catalogueWarning(
  yaml: YamlBlock,
  field: Field | undefined,
  language: string,
): Problem | undefined {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  if (!field || primary in CATALOGUES) return undefined;
  return yaml.problemAt(
    field.value,
    `The page's own words (buttons, 'Step 1 of 4', 'Sources') have no catalogue in '${language}', so they will be in English. Catalogues: ${Object.keys(CATALOGUES).join(', ')}; give the story's own wording under 'messages:' in the front matter (see docs/story-format.md).`,
  );
}
