/** Strict JSON parsing that keeps every value's position, for problems that point at it. */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Problem } from '../problem.ts';

/** What each syntax error means to someone editing the file by hand. */
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'This is not valid JSON: remove or quote the stray text.',
  InvalidNumberFormat:
    'This number is not written as JSON requires: use digits like 64.09 or -1.5.',
  PropertyNameExpected:
    'A property name in double quotes is expected here; remove a trailing comma if there is one.',
  ValueExpected: 'A value is expected here; remove a trailing comma if there is one.',
  ColonExpected: 'A colon is missing here: put a colon between a property name and its value.',
  CommaExpected:
    'A comma is missing before this: separate the items of a list or object with commas.',
  CloseBraceExpected: 'An object is not closed: add the closing brace }.',
  CloseBracketExpected: 'A list is not closed: add the closing bracket ].',
  EndOfFileExpected: 'There is text after the end of the JSON: remove it.',
  InvalidCommentToken: 'JSON does not allow comments: remove this one.',
  UnexpectedEndOfComment: 'JSON does not allow comments: remove this one.',
  UnexpectedEndOfString: 'This string is not closed: add the closing double quote.',
  UnexpectedEndOfNumber: 'This number is cut short: finish it or remove it.',
  InvalidUnicode: 'This \\u escape is not valid: it needs four hexadecimal digits.',
  InvalidEscapeCharacter: 'This backslash escape is not valid in JSON: write \\\\ for a backslash.',
  InvalidCharacter: 'This string holds a raw control character (a tab or line break): escape it.',
};

/** Turns character offsets into 1-based lines and columns, for one text. */
export class Locator {
  readonly #lineStarts: number[] = [0];

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    for (let i = 0; i < text.length; i += 1) {
      if (text[i] === '\n') this.#lineStarts.push(i + 1);
    }
  }

  /** The 1-based line and column of a character offset. */
  locate(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }

  /** A problem at a character offset. */
  problemAt(offset: number, message: string): Problem {
    return { file: this.file, ...this.locate(offset), message };
  }

  /** A problem at the start of a parsed value. */
  problem(node: Node, message: string): Problem {
    return this.problemAt(node.offset, message);
  }

  /** The value exactly as written in the file, e.g. a number's digits. */
  source(node: Node): string {
    return this.text.slice(node.offset, node.offset + node.length);
  }
}

/** Parses strict JSON (no comments, no trailing commas); syntax errors become problems. */
export function parseJson(locator: Locator): { root: Node | undefined; problems: Problem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(locator.text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const problems = errors.map((error) =>
    locator.problemAt(
      error.offset,
      SYNTAX_MESSAGES[printParseErrorCode(error.error)] ?? 'This is not valid JSON.',
    ),
  );
  return { root, problems };
}

/** The property node (key and value) named `key` in an object node. */
export function propertyOf(node: Node, key: string): Node | undefined {
  if (node.type !== 'object') return undefined;
  return node.children?.find((child) => child.children?.[0]?.value === key);
}

/** The value node of the property named `key` in an object node. */
export function memberOf(node: Node, key: string): Node | undefined {
  return propertyOf(node, key)?.children?.[1];
}

/** The elements of an array node (none for anything else). */
export function itemsOf(node: Node | undefined): Node[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** A node's value when it is a string. */
export function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}
