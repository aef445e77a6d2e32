import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { ArchiveParts } from '../../bench/archive-parts.ts';
import { verdictLine, type Verdict } from '../../bench/budgets.ts';
import { gzip, writeArchive } from '../../scripts/geo/pmtiles-writer.ts';
import { pairedRatio } from '../../bench/interval.ts';
import { soakVerdict, type SoakLoop } from '../../bench/soak-verdict.ts';

describe('pairedRatio', () => {
  it('is the ratio of the medians, inside its own interval', () => {
    const estimate = pairedRatio([120, 100, 140, 110, 130], [100, 90, 110, 100, 105]);
    expect(estimate.ratio).toBeCloseTo(120 / 100, 10);
    expect(estimate.pairs).toBe(5);
    expect(estimate.low).toBeLessThanOrEqual(estimate.ratio);
    expect(estimate.high).toBeGreaterThanOrEqual(estimate.ratio);
    expect(estimate.high).toBeGreaterThan(estimate.low);
  });

  it('gives the same interval for the same runs', () => {
    const story = [1690, 1432, 1979, 1600, 1750, 1810];
    const baseline = [1400, 1198, 1563, 1420, 1380, 1500];
    expect(pairedRatio(story, baseline)).toEqual(pairedRatio(story, baseline));
  });

  it('has no width when every pair has the same ratio', () => {
    const estimate = pairedRatio([110, 220, 330], [100, 200, 300]);
    expect(estimate.low).toBeCloseTo(1.1, 10);
    expect(estimate.high).toBeCloseTo(1.1, 10);
  });

  it('is narrower when the machine slows both pages of a pair than when the pairs are shuffled', () => {
    // The machine's speed moves both pages of a round together; the story is 10 % slower.
    const speed = [1, 1.3, 0.8, 1.2, 0.9, 1.1, 0.85, 1.25];
    const baseline = speed.map((s) => 100 * s);
    const story = speed.map((s) => 110 * s);
    const paired = pairedRatio(story, baseline);
    const unpaired = pairedRatio(story, [...baseline].reverse());
    expect(paired.high - paired.low).toBeLessThan(unpaired.high - unpaired.low);
    expect(paired.low).toBeGreaterThan(1.05);
  });

  it('gives a ratio but no interval for fewer than three pairs', () => {
    const estimate = pairedRatio([150, 180], [140, 150]);
    expect(estimate.ratio).toBeCloseTo(165 / 145, 10);
    expect(Number.isNaN(estimate.low)).toBe(true);
    expect(Number.isNaN(estimate.high)).toBe(true);
  });

  it('leaves out pairs with a missing side, and is NaN with none left', () => {
    expect(pairedRatio([120, undefined, 130], [100, 100, Number.NaN]).pairs).toBe(1);
    expect(Number.isNaN(pairedRatio([undefined], [100]).ratio)).toBe(true);
  });
});

describe('verdictLine', () => {
  const verdict: Verdict = {
    name: 'frameP95',
    label: 'frame time p95',
    value: 1.2,
    limit: 1.1,
    unit: 'ratio',
    pass: false,
  };

  it('says when the limit lies inside the ratio’s interval', () => {
    const line = verdictLine({ ...verdict, interval: { low: 1.02, high: 1.4, level: 0.9 } });
    expect(line).toBe(
      'FAIL  frame time p95: 1.200× (limit 1.100×; 90 % interval 1.020×–1.400×, limit inside it)',
    );
  });

  it('does not when the whole interval is past the limit', () => {
    const line = verdictLine({ ...verdict, interval: { low: 1.15, high: 1.3, level: 0.9 } });
    expect(line).toContain('90 % interval 1.150×–1.300×)');
    expect(line).not.toContain('inside');
  });
});

describe('ArchiveParts', () => {
  const text = (value: string) => gzip(new TextEncoder().encode(value));
  const archive = writeArchive(
    [
      { z: 0, x: 0, y: 0, data: text('world') },
      { z: 1, x: 0, y: 0, data: text('north-west, somewhat longer') },
      { z: 1, x: 1, y: 0, data: text('world') },
    ],
    {
      minZoom: 0,
      maxZoom: 1,
      bounds: [-180, -85, 180, 85],
      center: [0, 0, 0],
      metadata: {},
    },
  );
  const parts = new ArchiveParts(archive);

  it('names the range a reader asks for, and sizes it again by that name', async () => {
    const reads: [number, number][] = [];
    const reader = new PMTiles({
      getKey: () => 'archive',
      getBytes: async (offset: number, length: number) => {
        reads.push([offset, length]);
        return { data: archive.slice(offset, offset + length).buffer };
      },
    });
    await reader.getZxy(1, 0, 0);
    const [first, tile] = reads;
    expect(parts.nameOf(...first!)).toBe('head');
    expect(parts.nameOf(...tile!)).toBe('tile 1/0/0');
    expect(parts.sizeOf('tile 1/0/0')).toBe(tile![1]);
    // The first 16 KB a reader asks for, cut to the file when it is smaller.
    expect(parts.sizeOf('head')).toBe(archive.length);
  });

  it('sizes a tile stored once for two addresses by either, and knows no other', () => {
    expect(parts.sizeOf('tile 1/1/0')).toBe(parts.sizeOf('tile 0/0/0'));
    expect(parts.sizeOf('tile 1/0/1')).toBeUndefined();
    expect(parts.sizeOf('leaf 0/0/0')).toBeUndefined();
  });
});

describe('soakVerdict', () => {
  const row = (loop: number, change: Partial<SoakLoop> = {}): SoakLoop => ({
    loop,
    seconds: 30,
    heapMB: 20,
    domNodes: 900,
    listeners: 75,
    windowListeners: 29,
    documentListeners: 28,
    sources: 2,
    layers: 24,
    images: 2,
    contextLosses: 0,
    requests: loop === 1 ? 70 : 0,
    updateChecks: 0,
    ...change,
  });
  const rows = (n: number, change: (loop: number) => Partial<SoakLoop> = () => ({})) =>
    Array.from({ length: n }, (_, i) => row(i + 1, change(i + 1)));

  it('passes a steady kiosk, whose total listeners move up and down', () => {
    expect(soakVerdict(rows(10, (loop) => ({ listeners: 70 + (loop % 4) })))).toEqual({
      pass: true,
      failures: [],
    });
  });

  it('fails a heap 5 % over the middle of the run, and nodes or listeners that grow at all', () => {
    const late = (loop: number) => ({ heapMB: loop >= 8 ? 21.1 : 20 });
    expect(soakVerdict(rows(10, late)).failures).toEqual([
      'heap grew from 20.00 MB (loops 3–7) to 21.10 MB (loops 8–10), more than 5 %',
    ]);
    expect(soakVerdict(rows(10, (loop) => ({ heapMB: loop >= 8 ? 21 : 20 }))).pass).toBe(true);
    // One low or high reading at either end is not a trend.
    expect(soakVerdict(rows(10, (loop) => ({ heapMB: loop === 10 ? 25 : 20 }))).pass).toBe(true);
    // Growth that levels off in the first half (code compiled as the page warms up) passes; a
    // steady leak does not.
    const warm = (loop: number) => ({ heapMB: 20 + 2 * (1 - Math.exp(-loop / 8)) });
    expect(soakVerdict(rows(100, warm)).pass).toBe(true);
    const leak = (loop: number) => ({ heapMB: 20 + 0.03 * loop });
    expect(soakVerdict(rows(100, leak)).failures).toEqual([
      'heap grew from 21.50 MB (loops 48–52) to 22.97 MB (loops 98–100), more than 5 %',
    ]);
    const nodes = soakVerdict(rows(10, (loop) => ({ domNodes: loop === 7 ? 901 : 900 })));
    expect(nodes.failures).toEqual(['domNodes grew after loop 2: 900 then up to 901']);
    const first = soakVerdict(rows(10, (loop) => ({ windowListeners: loop === 1 ? 20 : 29 })));
    expect(first.pass).toBe(true);
  });

  it('fails a request after the first loop, but not a check for a new build', () => {
    expect(soakVerdict(rows(5, (loop) => ({ requests: loop === 3 ? 1 : 0 }))).failures).toEqual([
      '1 request(s) reached the server after the first loop',
    ]);
    const check = rows(5, (loop) => (loop === 3 ? { requests: 1, updateChecks: 1 } : {}));
    expect(soakVerdict(check).pass).toBe(true);
  });

  it('allows one check for a new build per hour of soak, and one more', () => {
    const checks = rows(5, (loop) => (loop > 1 ? { requests: 1, updateChecks: 1 } : {}));
    expect(soakVerdict(checks, 150).failures).toEqual([
      '4 checks for a new build after the first loop, more than the 3 allowed in 150 min',
    ]);
    expect(soakVerdict(checks, 180).pass).toBe(true);
  });
});
