/** Problems found in one feature, each kind reported once with a count, not once per vertex. */
import type { Node } from 'jsonc-parser';
import type { Problem } from '../problem.ts';
import type { Locator } from './json-tree.ts';

/**
 * Collects one feature's problems. A shape with thousands of positions can break one rule
 * thousands of times; the writer needs the first place and the count, so each rule is reported
 * once, where it is first broken.
 */
export class FeatureProblems {
  readonly #found = new Map<string, { problem: Problem; repeats: number }>();

  constructor(
    readonly locator: Locator,
    /** How messages name the feature, e.g. `Feature 'panjgur'`. */
    readonly label: string,
  ) {}

  /** Records that `rule` is broken at `node`. */
  add(rule: string, node: Node, message: string): void {
    const seen = this.#found.get(rule);
    if (seen) seen.repeats += 1;
    else this.#found.set(rule, { problem: this.locator.problem(node, message), repeats: 0 });
  }

  /** The problems, in the order first found. */
  problems(): Problem[] {
    return [...this.#found.values()].map(({ problem, repeats }) =>
      repeats === 0
        ? problem
        : {
            ...problem,
            message: `${problem.message} The same problem occurs ${repeats} more ${repeats === 1 ? 'time' : 'times'} in this feature.`,
          },
    );
  }
}
