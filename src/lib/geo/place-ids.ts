/**
 * How the built-in gazetteer names places: every country, first-level division and town gets a
 * stable id from its English name (`saudi-arabia`, `punjab-pk`, `hyderabad-in`). The rules, in
 * the order they are applied, are in geo/README.md ("Place ids").
 */

/** The slug of a name: lowercase ASCII letters and digits, words joined by single hyphens. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[ıİ]/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A place waiting for its id. */
export interface Candidate {
  name: string;
  /** Countries first, then towns, then first-level divisions: earlier kinds keep bare slugs. */
  tier: 'country' | 'town' | 'division';
  /** The country's ISO 3166-1 alpha-2 code (or another short code where it has none), lowercase. */
  country: string;
}

const TIERS: readonly Candidate['tier'][] = ['country', 'town', 'division'];

/**
 * Ids for `candidates`, in their order, none of them in `reserved` (the hand-made places'
 * ids) and no two alike:
 * 1. a place whose slug no other place of the gazetteer shares keeps the bare slug;
 * 2. where places share a slug, countries keep it, then towns if no other town has it, then
 *    divisions if no other division has it; every other one gets its country's code appended
 *    (`punjab-pk`, `punjab-in`; `georgia` the country, `georgia-us` the state);
 * 3. an id still taken (two towns of one name in one country) gets `-2`, `-3`, … in the
 *    order given.
 */
export function assignIds(
  candidates: readonly Candidate[],
  reserved: ReadonlySet<string>,
): string[] {
  const slugs = candidates.map((candidate) => slugOf(candidate.name) || 'place');
  const count = new Map<string, number>();
  slugs.forEach((slug, i) => {
    const key = `${candidates[i]!.tier}:${slug}`;
    count.set(key, (count.get(key) ?? 0) + 1);
  });
  const taken = new Set(reserved);
  const ids: string[] = new Array<string>(candidates.length);
  for (const tier of TIERS) {
    candidates.forEach((candidate, i) => {
      if (candidate.tier !== tier) return;
      const slug = slugs[i]!;
      const alone = count.get(`${tier}:${slug}`) === 1 && !taken.has(slug);
      let id = alone ? slug : `${slug}-${candidate.country}`;
      for (let n = 2; taken.has(id); n++) id = `${slug}-${candidate.country}-${n}`;
      taken.add(id);
      ids[i] = id;
    });
  }
  return ids;
}
