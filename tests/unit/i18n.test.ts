import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyWords, pageMessages, MESSAGE_KEYS } from '../../src/lib/i18n/catalogues.ts';
import { textDirection } from '../../src/lib/i18n/direction.ts';
import { EN } from '../../src/lib/i18n/en.ts';
import { FA } from '../../src/lib/i18n/fa.ts';
import { BUILD_KEYS } from '../../src/lib/i18n/messages.ts';
import { Words } from '../../src/lib/i18n/words.ts';
import { keyMap } from '../../src/lib/present/keymap.ts';
import { swipeMove } from '../../src/lib/present/swipe.ts';
import { formatProblem } from '../../src/lib/problem.ts';
import { slideAction } from '../../src/lib/state/keys.ts';
import { formatDate } from '../../src/lib/story/dates.ts';
import { gazetteerFrom } from '../../src/lib/story/gazetteer.ts';
import { parseStory } from '../../src/lib/story/parse.ts';
import { noscriptStory, wordsBlock } from '../../scripts/static-html.ts';

const places = gazetteerFrom(JSON.parse(readFileSync('tests/fixtures/places.geojson', 'utf8')));

function parseFixture(name: string) {
  const file = `tests/fixtures/stories/${name}`;
  return parseStory(readFileSync(file, 'utf8'), file, places);
}

describe('the catalogues', () => {
  it('give every message in Persian that English has, with the same holes', () => {
    expect(Object.keys(FA).sort()).toEqual([...MESSAGE_KEYS].sort());
    const holes = (message: unknown) =>
      JSON.stringify(message)
        .match(/\{\w+\}/g)
        ?.filter((hole, i, all) => all.indexOf(hole) === i)
        .sort() ?? [];
    for (const key of MESSAGE_KEYS) expect([key, holes(FA[key])]).toEqual([key, holes(EN[key])]);
  });

  it("take a story's catalogue by its primary language, and fall back to English", () => {
    expect(storyWords('fa-IR')).toMatchObject({ catalogue: 'fa', dir: 'rtl' });
    expect(storyWords('fa-IR').messages.sources).toBe('منابع');
    expect(storyWords('en-GB')).toMatchObject({ catalogue: 'en', dir: 'ltr' });
    // Urdu has no catalogue yet: English words, laid out right to left all the same.
    expect(storyWords('ur-PK')).toMatchObject({ catalogue: 'en', dir: 'rtl' });
    expect(storyWords('ur-PK').messages.sources).toBe('Sources');
  });

  it("put the story's own wording over the catalogue's", () => {
    const { messages } = storyWords('fa', { sources: 'گزارش‌ها' });
    expect(messages.sources).toBe('گزارش‌ها');
    expect(messages.next).toBe('بعدی');
  });

  it('leave the messages used only at build time out of the page', () => {
    const page = pageMessages(storyWords('en').messages);
    for (const key of BUILD_KEYS) expect(page).not.toHaveProperty(key);
    expect(page).toHaveProperty('stepOf');
  });
});

describe('which way a language is written', () => {
  it.each([
    ['ur', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['ckb', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['pa-Arab-PK', 'rtl'],
    ['en-GB', 'ltr'],
    ['ku', 'ltr'],
    ['az-Latn', 'ltr'],
    ['tr', 'ltr'],
  ])('%s is %s', (language, dir) => {
    expect(textDirection(language)).toBe(dir);
  });
});

describe('the page’s words', () => {
  const english = new Words(EN, 'en-GB');
  const persian = new Words(FA, 'fa-IR', 'rtl');

  it('fill holes, writing numbers in the language’s digits', () => {
    expect(english.t('stepOf', { step: 4, count: 14 })).toBe('Step 4 of 14');
    expect(persian.t('stepOf', { step: 4, count: 14 })).toBe('گام ۴ از ۱۴');
    expect(persian.digits('12:05')).toBe('۱۲:۰۵');
    expect(english.t('citation', { label: 'AP' })).toBe('AP: {headline} ({publisher}, {date})');
  });

  it('choose plural forms with Intl.PluralRules', () => {
    expect(english.t('allSlides', { count: 1 })).toBe('All 1 slide');
    expect(english.t('allSlides', { count: 14 })).toBe('All 14 slides');
    // Arabic has six forms; a story may give them all.
    const arabic = new Words(
      {
        allSlides: {
          zero: 'zero {count}',
          one: 'one {count}',
          two: 'two {count}',
          few: 'few {count}',
          many: 'many {count}',
          other: 'other {count}',
        },
      },
      'ar',
    );
    expect([0, 1, 2, 3, 11, 100].map((count) => arabic.t('allSlides', { count }))).toEqual([
      'zero 0',
      'one 1',
      'two 2',
      'few 3',
      'many 11',
      'other 100',
    ]);
    // A form the message does not give falls back to `other`.
    expect(
      new Words({ allSlides: { other: 'n={count}' } }, 'en').t('allSlides', { count: 1 }),
    ).toBe('n=1');
  });

  it('show a missing message by its name rather than nothing', () => {
    expect(new Words({}, 'en').t('sources')).toBe('sources');
  });

  it('cut a message at the holes the caller fills with markup', () => {
    expect(english.parts('seeAs', ['slides', 'kiosk'])).toEqual([
      { text: 'See it as ' },
      { slot: 'slides' },
      { text: ' or as a ' },
      { slot: 'kiosk' },
      { text: '.' },
    ]);
    expect(persian.parts('goTo', ['digits'], { count: 4 })).toEqual([
      { text: 'رفتن به اسلاید ' },
      { slot: 'digits' },
      { text: ' از ۴، سپس Enter' },
    ]);
  });

  it('point the arrows the way the text reads', () => {
    expect(english.arrows).toEqual({ back: '←', forward: '→' });
    expect(persian.arrows).toEqual({ back: '→', forward: '←' });
  });
});

describe('keys and swipes in a right-to-left story', () => {
  const key = (name: string, dir?: 'ltr' | 'rtl') =>
    slideAction({ key: name, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false }, dir);

  it('go forward on ← and back on →; the other keys stay', () => {
    expect([key('ArrowLeft', 'rtl'), key('ArrowRight', 'rtl')]).toEqual(['next', 'previous']);
    expect([key('ArrowLeft'), key('ArrowRight')]).toEqual(['previous', 'next']);
    expect([key('ArrowDown', 'rtl'), key('PageUp', 'rtl'), key('Home', 'rtl')]).toEqual([
      'next',
      'previous',
      'first',
    ]);
    expect(keyMap('rtl')[0]!.keys[0]).toBe('←');
    expect(keyMap('ltr')[0]!.keys[0]).toBe('→');
  });

  it('turn the page forward on a swipe from left to right', () => {
    expect(swipeMove(120, 10, 200, 'rtl')).toBe('next');
    expect(swipeMove(-120, 10, 200, 'rtl')).toBe('previous');
    expect(swipeMove(-120, 10, 200)).toBe('next');
  });
});

describe('dates in Persian and Urdu', () => {
  it('are written in the language’s words and digits, in the Gregorian calendar', () => {
    expect(formatDate('2024-01-16', 'fa-IR')).toBe('۱۶ ژانویهٔ ۲۰۲۴');
    expect(formatDate('2024-01-16/2024-01-17', 'fa')).toBe('۱۶ تا ۱۷ ژانویهٔ ۲۰۲۴');
    expect(formatDate('2024-01', 'fa')).toBe('ژانویهٔ ۲۰۲۴');
    expect(formatDate('2024-01-16', 'ur-PK')).toBe('16 جنوری، 2024');
    expect(formatDate('2024-01-16/2024-01-17', 'ur')).toBe('16–17 جنوری 2024');
  });
});

describe('a story’s own wording (messages: in the front matter)', () => {
  it('is taken over the catalogue, and a language without one is warned about', () => {
    const { problems, warnings, messages, story } = parseFixture('messages.md');
    expect(problems).toEqual([]);
    expect(story?.dir).toBe('rtl');
    expect(messages?.sources).toBe('حوالہ جات');
    expect(new Words(messages!, 'ur').t('stepOf', { step: 2, count: 3 })).toBe('مرحلہ 2 / 3');
    expect(messages?.next).toBe('Next');
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/stories\/messages\.md:6:11: The page's own words .* have no catalogue in 'ur-PK', so they will be in English\. Catalogues: en, fa;/,
      ),
    ]);
  });

  it('is checked: unknown names, holes the page cannot fill, forms without `other`', () => {
    const { problems, warnings } = parseFixture('bad-messages.md');
    expect(warnings).toEqual([]);
    const lines = problems.map(formatProblem);
    const file = 'tests/fixtures/stories/bad-messages.md';
    expect(lines[0]).toMatch(
      new RegExp(
        `^${file}:8:3: 'source' is not a key of 'messages'\\. Did you mean 'sources'\\? Known keys: scrollHint, aboutDate, sources,`,
      ),
    );
    expect(lines.slice(1)).toEqual([
      `${file}:9:11: The message 'stepOf' has no hole {number}: it may use {step}, {count}.`,
      `${file}:11:5: The plural forms of 'allSlides' needs 'other'.`,
      `${file}:12:9: The message 'next' must be a text, or its plural forms (one: …, other: …).`,
    ]);
  });
});

describe('the words in the built page', () => {
  it('travel as a JSON data block that no message can close', () => {
    const block = wordsBlock({ sources: '</script><script>alert(1)</script>' });
    expect(block).not.toContain('</script><script>');
    const json = /<script type="application\/json" id="page-words">(.*)<\/script>$/.exec(
      block,
    )![1]!;
    expect(JSON.parse(json)).toEqual({ sources: '</script><script>alert(1)</script>' });
  });

  it('are those of the story’s language in the copy without JavaScript', () => {
    const { story, messages } = parseFixture('messages.md');
    const html = noscriptStory(story!, messages);
    expect(html).toContain('<h2>حوالہ جات</h2>');
    expect(html).toContain('<p>حوالہ جات: Wire; Not named in our copy</p>');
  });
});
