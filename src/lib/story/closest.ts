function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The candidates nearest to a misspelt name, nearest first (ties in the candidates' order), for
 * "did you mean" hints; none when nothing is close enough to be a plausible typo.
 */
export function closestAll(name: string, candidates: Iterable<string>, limit: number): string[] {
  const allowed = Math.max(2, Math.ceil(name.length / 3));
  const lower = name.toLowerCase();
  const found: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    // A length difference alone beyond the limit rules a candidate out before any work.
    if (Math.abs(candidate.length - name.length) > allowed) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= allowed) found.push({ candidate, distance });
  }
  return found
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/**
 * The candidate nearest to a misspelt name, for "did you mean" hints; undefined when nothing
 * is close enough to be a plausible typo.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  return closestAll(name, candidates, 1)[0];
}
