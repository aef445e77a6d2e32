/** Something wrong in a story or data file, located for the writer who must fix it. */
export interface Problem {
  /** Path as the writer would type it, relative to the project root when possible. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** One or two plain sentences: what is wrong and what to do about it. */
  message: string;
}

/** Formats a problem the way compilers do, so editors can jump to it: `path:line:col: message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Formats a warning, which does not stop a build: `path:line:col: warning: message`. */
export function formatWarning(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: warning: ${problem.message}`;
}

/** Orders problems by file, then position, so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
