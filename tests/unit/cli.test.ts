import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const bin = (name: string) => join('node_modules', '.bin', name);
const checker = (...args: string[]) => run(bin('tsx'), ['scripts/check-story.ts', ...args]);

describe('npm run check:story', () => {
  it('passes the real story against the real places, exit 0', { timeout: 60_000 }, () => {
    const { status, stdout } = checker('story/iran-pakistan-2024.md');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^story\/iran-pakistan-2024\.md: ok, \d+ steps, 5 sources\.$/m);
  });

  it('lists every problem as path:line:col and exits 1', { timeout: 60_000 }, () => {
    const { status, stderr } = checker(
      '--places',
      'tests/fixtures/places.geojson',
      'tests/fixtures/stories/many-problems.md',
    );
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(24);
    expect(lines[0]).toBe(
      "tests/fixtures/stories/many-problems.md:5:7: '2024-01-32' is not a date: January 2024 has 31 days.",
    );
    expect(lines.at(-1)).toBe(
      'tests/fixtures/stories/many-problems.md: 23 problems; the story will not build until they are fixed.',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('warns, and passes, a story whose language has no catalogue', { timeout: 60_000 }, () => {
    const { status, stdout, stderr } = checker(
      '--places',
      'tests/fixtures/places.geojson',
      'tests/fixtures/stories/messages.md',
    );
    expect(status).toBe(0);
    expect(stderr).toMatch(
      /^tests\/fixtures\/stories\/messages\.md:6:11: warning: The page's own words .* will be in English\./m,
    );
    expect(stdout).toMatch(/messages\.md: ok, 2 steps, 2 sources\./);
  });

  it('says so plainly for a missing file and a binary one', { timeout: 60_000 }, () => {
    const missing = checker('story/nope.md');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('story/nope.md:1:1: There is no such file; check the path.');
    const binary = checker('tests/fixtures/stories/binary.md');
    expect(binary.stderr).toContain('tests/fixtures/stories/binary.md:1:1: This file is not text');
  });
});

describe('the production build', () => {
  it('refuses a broken story, naming its problems', () => {
    const out = mkdtempSync(join(tmpdir(), 'story-build-'));
    try {
      const { status, stdout, stderr } = run(
        'npx',
        ['vite', 'build', '--outDir', out, '--emptyOutDir'],
        {
          STORY: 'tests/fixtures/stories/many-problems.md',
        },
      );
      expect(status).not.toBe(0);
      expect(stdout + stderr).toMatch(/The story has \d+ problems; fix them and build again\./);
      expect(stdout + stderr).not.toMatch(/\n\s+at /);
      expect(stdout + stderr).toContain(
        "tests/fixtures/stories/many-problems.md:26:9: 'harbor-town' is not a place a story can name.",
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('writes the parsed story and a no-script copy of it', () => {
    const out = mkdtempSync(join(tmpdir(), 'story-build-'));
    try {
      const { status } = run(bin('vite'), ['build', '--outDir', out, '--emptyOutDir']);
      expect(status).toBe(0);
      const story = JSON.parse(readFileSync(join(out, 'story.json'), 'utf8'));
      expect(story.title).toMatch(/\S/);
      expect(story.steps[0]).toMatchObject({
        id: expect.any(String),
        date: expect.any(String),
        sources: expect.any(Array),
      });
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      expect(html).toContain(`<html lang="${story.language}"`);
      expect(html).toContain(`<title>${story.title}</title>`);
      expect(html).toContain(`<section id="${story.steps[0].id}">`);
      expect(html).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'self'/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
