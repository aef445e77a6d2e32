/** Line topology: chaining segments into lines, and finding the edges two areas share. */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

const keyOf = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Joins lines that meet end to end into longer lines, stopping at junctions where three or more
 * lines meet, so that a border cut into many pieces becomes as few lines as its shape allows.
 * Deterministic: the result depends only on the order of the input.
 */
export function chainLines(lines: readonly Position[][]): Position[][] {
  const ends = new Map<string, number[]>();
  lines.forEach((line, i) => {
    for (const p of [line[0], line[line.length - 1]]) {
      if (!p) continue;
      const list = ends.get(keyOf(p)) ?? [];
      list.push(i);
      ends.set(keyOf(p), list);
    }
  });
  const used = new Set<number>();
  const nextAt = (p: Position): number | undefined => {
    const touching = ends.get(keyOf(p)) ?? [];
    if (touching.length !== 2) return undefined;
    return touching.find((i) => !used.has(i));
  };
  const grow = (chain: Position[]) => {
    for (let tail = chain[chain.length - 1]; tail; tail = chain[chain.length - 1]) {
      const next = nextAt(tail);
      const line = next === undefined ? undefined : lines[next];
      if (next === undefined || !line) return;
      used.add(next);
      const forward = keyOf(line[0] ?? []) === keyOf(tail) ? line : [...line].reverse();
      chain.push(...forward.slice(1));
    }
  };
  const chains: Position[][] = [];
  lines.forEach((line, i) => {
    if (used.has(i)) return;
    used.add(i);
    const chain = [...line];
    grow(chain);
    chain.reverse();
    grow(chain);
    chains.push(chain.reverse());
  });
  return chains;
}

/**
 * The edges that two areas of the same group share (for provinces: borders between provinces of
 * one country), each once, as two-position segments listed by group. Edges on a coast or an international border
 * are left out: other layers draw those. Relies on neighbours sharing their vertices exactly, as
 * Natural Earth's admin-1 polygons do.
 */
export function sharedEdges(
  features: readonly Feature<Polygon | MultiPolygon>[],
  groupOf: (feature: Feature) => string,
): Map<string, Position[][]> {
  const seen = new Map<string, { segment: Position[]; groups: string[] }>();
  for (const feature of features) {
    const group = groupOf(feature);
    const geometry = feature.geometry;
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const ring of parts.flat()) {
      for (let i = 0; i + 1 < ring.length; i += 1) {
        const a = ring[i];
        const b = ring[i + 1];
        if (!a || !b) continue;
        const [ka, kb] = [keyOf(a), keyOf(b)];
        const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
        const entry = seen.get(key) ?? { segment: [a, b], groups: [] };
        entry.groups.push(group);
        seen.set(key, entry);
      }
    }
  }
  const byGroup = new Map<string, Position[][]>();
  for (const { segment, groups } of seen.values()) {
    const [group, other, ...more] = groups;
    if (group === undefined || group !== other || more.length > 0) continue;
    const list = byGroup.get(group) ?? [];
    list.push(segment);
    byGroup.set(group, list);
  }
  return byGroup;
}
