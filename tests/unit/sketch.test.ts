import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { placeContent } from '../../src/lib/map/mapState.ts';
import { cameraBounds, rewound, sketchStep } from '../../src/lib/present/sketch.ts';
import { gazetteerFrom } from '../../src/lib/story/gazetteer.ts';
import { parseStory } from '../../src/lib/story/parse.ts';

const placesJson = JSON.parse(readFileSync('tests/fixtures/places.geojson', 'utf8'));
const file = 'tests/fixtures/stories/good.md';
const { story } = parseStory(readFileSync(file, 'utf8'), file, gazetteerFrom(placesJson));
const content = placeContent(story!, placesJson);

describe('the small SVG map of a step', () => {
  it('turns GeoJSON rings round for d3-geo, so an area is not the rest of the world', () => {
    const polygon = placesJson.features.find(
      (feature: { geometry: { type: string } }) => feature.geometry.type === 'Polygon',
    ).geometry;
    expect(geoArea(polygon)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(rewound(polygon))).toBeLessThan(0.1);
  });

  it('draws the highlights and arrows of every step inside its box, with no NaN', () => {
    for (const step of story!.steps) {
      const sketch = sketchStep(step, story!, content, [], 320, 200);
      expect(JSON.stringify(sketch)).not.toContain('NaN');
      expect(sketch.arrows).toHaveLength(step.annotations.length);
      for (const arrow of sketch.arrows) {
        expect(arrow.head[0]).toBeGreaterThanOrEqual(0);
        expect(arrow.head[0]).toBeLessThanOrEqual(320);
        expect(arrow.head[1]).toBeGreaterThanOrEqual(0);
        expect(arrow.head[1]).toBeLessThanOrEqual(200);
      }
    }
    expect(sketchStep(story!.steps[0]!, story!, content, [], 320, 200).shapes).toHaveLength(1);
  });

  it('never frames closer than the step’s maximum zoom', () => {
    const [west, south, east, north] = cameraBounds(story!.steps[0]!);
    // Max zoom 7: a 1024-pixel-wide window spans 1024 / (512 × 2⁷) of the world's 360°.
    expect(east - west).toBeGreaterThanOrEqual((1024 / (512 * 2 ** 7)) * 360 - 1e-9);
    expect(north).toBeGreaterThan(south);
  });
});
