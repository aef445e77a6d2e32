/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/**
 * The story's offline copy (Workbox, built by vite-plugin-pwa's injectManifest): every file of
 * the build is kept, so a reader, presenter or kiosk whose server or network is gone still has
 * the whole story after a reload or a restart of the browser. A new build waits until the page
 * asks for it (a kiosk does at the end of a loop), never mid-step.
 */
declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// Byte ranges of a kept file (a PMTiles archive is read by range requests) are cut from the
// whole file in the cache; a file not kept is asked of the network as it is. Registered before
// the precache's own route, which would answer a range request with the whole file.
registerRoute(
  ({ request }) => request.headers.has('range'),
  async ({ request }) => {
    const whole = await matchPrecache(request.url);
    return whole ? createPartialResponse(request, whole) : fetch(request);
  },
);

// Query strings choose a mode or a dwell, not a file: every page address is the one page.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
cleanupOutdatedCaches();
// The first service worker takes the page that installed it at once: a kiosk opened once and left
// would otherwise ask the server for its basemap's ranges until its next reload. A new build's
// worker waits for SKIP_WAITING all the same.
clientsClaim();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
