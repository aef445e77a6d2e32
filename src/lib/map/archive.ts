/**
 * The offline basemap: one PMTiles archive (`geo/basemap.pmtiles`, built by `npm run geo`),
 * read by MapLibre through the `pmtiles` protocol with HTTP range requests, so the page fetches
 * only the tiles in view. The archive holds two zoom bands, drawn as two sources: the world to
 * zoom 6, and close-up detail to zoom 9 around the places the stories name.
 */

/** Where the archive is, relative to the page (and, in the repository, to its root). */
export const ARCHIVE_PATH = 'geo/basemap.pmtiles';

/** The world's band: every tile to this zoom; closer views enlarge its zoom-6 tiles. */
export const WORLD_MAXZOOM = 6;

/** The detail band: tiles of these zooms exist only around the stories' places. */
export const DETAIL_MINZOOM = 7;
export const DETAIL_MAXZOOM = 9;

/** The `tiles` URL template of the archive at `url` (absolute), for a MapLibre vector source. */
export function archiveTiles(url: string): string {
  return `pmtiles://${url}/{z}/{x}/{y}`;
}

/** What the page tells a reader's console when the archive cannot be read, and what to do. */
export function archiveProblem(url: string, cause: unknown): string {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const notArchive = /magic number|content-length|Byte Serving/i.test(reason);
  const what = notArchive
    ? 'the server did not answer with a PMTiles archive (a missing file often comes back as the page itself)'
    : `it could not be read (${reason})`;
  return (
    `The basemap ${url} is not available: ${what}. ` +
    `Copy ${ARCHIVE_PATH} from the build (dist/) to the site beside index.html, on a server that ` +
    'answers HTTP range requests; in the repository, `npm run geo` rebuilds it. The story is shown without its map.'
  );
}

/**
 * The languages the archive's towns, countries and provinces also have names in (`name_ar`,
 * `name_fa`, `name_ur`), where Natural Earth has them: a story written in one of them labels the
 * map in its own language. All in Arabic script, which the map's fonts draw.
 */
export const NAME_LANGUAGES: readonly string[] = ['ar', 'fa', 'ur'];
