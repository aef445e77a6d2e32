import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../problem.ts';
import { closest } from './closest.ts';

/** A YAML key and its value node, with where the key was written. */
export interface Field {
  key: string;
  keyNode: Node;
  value: Node | null;
}

/** Friendlier words for the YAML parser's error codes a writer is likely to meet. */
const YAML_HINTS: Record<string, string> = {
  BAD_INDENT: 'the indentation is off; keys of one list or map must line up',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  DUPLICATE_KEY: 'this key appears twice in the same block; keep one',
  BLOCK_AS_IMPLICIT_KEY: 'a key is missing its ": " or a value runs onto the next line',
  MULTILINE_IMPLICIT_KEY: 'a key is missing its ": " or a value runs onto the next line',
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML; use spaces',
  UNEXPECTED_TOKEN: 'something here is not valid YAML',
};

/**
 * Reads one YAML block of a story (the front matter or a step block) and turns its nodes into
 * plain values, reporting every problem with the line and column in the story file.
 */
export class YamlBlock {
  readonly root: Node | null = null;
  readonly #lines = new LineCounter();
  readonly #file: string;
  readonly #firstLine: number;
  readonly #problems: Problem[];
  readonly #source: string;

  /**
   * @param source the YAML text alone
   * @param firstLine the story line on which `source` starts (1-based)
   */
  constructor(source: string, file: string, firstLine: number, problems: Problem[]) {
    this.#file = file;
    this.#firstLine = firstLine;
    this.#problems = problems;
    this.#source = source;
    const doc = parseDocument(source, {
      lineCounter: this.#lines,
      prettyErrors: false,
      uniqueKeys: true,
    });
    for (const error of doc.errors) {
      const unclosed = /end with an? ([\]}])/.exec(error.message)?.[1];
      const hint = unclosed
        ? `a '${unclosed === ']' ? '[' : '{'}' opened above is never closed with '${unclosed}'`
        : (YAML_HINTS[error.code] ?? error.message.split(' at line ')[0]!);
      this.#reportAt(error.pos[0], `This YAML cannot be read: ${hint}.`);
    }
    if (doc.errors.length === 0) this.root = doc.contents;
  }

  #reportAt(offset: number, message: string): void {
    this.#problems.push(this.#problemAt(offset, message));
  }

  #problemAt(offset: number, message: string): Problem {
    const { line, col } = this.#lines.linePos(offset);
    return { file: this.#file, line: this.#firstLine + line - 1, column: col, message };
  }

  /** A problem at a node, for the caller to keep (a warning, which does not stop a build). */
  problemAt(node: Node | null | undefined, message: string): Problem {
    return this.#problemAt(node?.range?.[0] ?? 0, message);
  }

  /** Records a problem at a node (or at the block's start when there is none). */
  report(node: Node | null | undefined, message: string): void {
    this.#reportAt(node?.range?.[0] ?? 0, message);
  }

  /**
   * Where the text of a scalar starts in the story. In a block scalar (`|`) line k of the text is
   * k lines below the header, indented by `indent`; in any other the first line starts at
   * `column` (after an opening quote), and later lines are placed approximately.
   */
  textOrigin(node: Node): { line: number; column: number; block: boolean } {
    const offset = node.range?.[0] ?? 0;
    const { line, col } = this.#lines.linePos(offset);
    if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      const body = this.#source.split('\n').slice(line);
      const first = body.find((text) => text.trim() !== '') ?? '';
      const indent = first.length - first.trimStart().length;
      return { line: this.#firstLine + line, column: indent + 1, block: true };
    }
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    return { line: this.#firstLine + line - 1, column: col + (quoted ? 1 : 0), block: false };
  }

  /** The story line a node starts on. */
  lineOf(node: Node | null | undefined): number {
    return this.#firstLine + this.#lines.linePos(node?.range?.[0] ?? 0).line - 1;
  }

  /**
   * The keys of a mapping, checked against the allowed ones (unknown keys are reported with the
   * nearest known key as a suggestion). Returns undefined when `node` is not a mapping.
   */
  fields(
    node: Node | null,
    allowed: readonly string[],
    what: string,
  ): Map<string, Field> | undefined {
    if (!isMap(node)) {
      this.report(node, `${what} must be a list of 'key: value' lines.`);
      return undefined;
    }
    const fields = new Map<string, Field>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!allowed.includes(key)) {
        const guess = closest(key, allowed);
        const hint = guess ? ` Did you mean '${guess}'?` : '';
        this.report(
          keyNode,
          `'${key}' is not a key of ${what}.${hint} Known keys: ${allowed.join(', ')}.`,
        );
        continue;
      }
      fields.set(key, { key, keyNode, value: pair.value as Node | null });
    }
    return fields;
  }

  /** Reports each required key that is missing, at the start of the mapping. */
  require(fields: Map<string, Field>, node: Node | null, keys: readonly string[], what: string) {
    for (const key of keys) {
      if (!fields.has(key)) this.report(node, `${what} needs '${key}'.`);
    }
  }

  /** A non-empty text value; numbers and dates written bare are taken as their text. */
  text(field: Field | undefined): string | undefined {
    if (!field) return undefined;
    const value = field.value;
    if (isScalar(value) && value.value !== null && typeof value.value !== 'object') {
      const text = String(value.value).trim();
      if (text) return text;
    }
    this.report(value ?? field.keyNode, `'${field.key}' must be a piece of text.`);
    return undefined;
  }

  /** A number within [min, max]. */
  number(field: Field | undefined, min: number, max: number): number | undefined {
    if (!field) return undefined;
    const value = field.value;
    if (isScalar(value) && typeof value.value === 'number' && Number.isFinite(value.value)) {
      if (value.value >= min && value.value <= max) return value.value;
      this.report(
        value,
        `'${field.key}' is ${value.value}, out of range: it must lie between ${min} and ${max}.`,
      );
      return undefined;
    }
    this.report(value ?? field.keyNode, `'${field.key}' must be a number.`);
    return undefined;
  }

  /** A list of texts, each with the node it came from; a single text counts as a list of one. */
  list(field: Field | undefined): { text: string; node: Node }[] {
    if (!field) return [];
    const value = field.value;
    const items = isSeq(value) ? (value.items as Node[]) : [value];
    const out: { text: string; node: Node }[] = [];
    for (const item of items) {
      if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
        out.push({ text: String(item.value).trim(), node: item });
      } else {
        this.report(
          item ?? field.keyNode,
          `'${field.key}' must be a list of names, like [one, two].`,
        );
      }
    }
    return out;
  }

  /** The items of a YAML list, or nothing (reported) when the value is not a list. */
  items(field: Field | undefined): Node[] {
    if (!field) return [];
    if (isSeq(field.value)) return field.value.items as Node[];
    this.report(
      field.value ?? field.keyNode,
      `'${field.key}' must be a list (lines starting with '- ').`,
    );
    return [];
  }
}
