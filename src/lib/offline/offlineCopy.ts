/**
 * The page's side of the offline copy (sw/service-worker.ts): registered in a production build
 * only, once the first picture is up, so it never competes with it. A new build found later
 * waits until `takeUpdate` is called (a kiosk calls it at the end of a loop).
 */

let apply: (() => Promise<void>) | undefined;
let registration: ServiceWorkerRegistration | undefined;
let updateWaiting = false;
let lastCheck = 0;

/** How long a new build's worker has to take the page before it reloads anyway. */
const TAKE_OVER_MS = 10_000;

/** Registers the service worker (production builds with service worker support only). */
export function keepOfflineCopy(): void {
  if (!import.meta.env.PROD || apply || !('serviceWorker' in navigator)) return;
  apply = () => Promise.resolve();
  void import('virtual:pwa-register').then(({ registerSW }) => {
    apply = registerSW({
      immediate: true,
      onNeedRefresh: () => (updateWaiting = true),
      onRegisteredSW: (_url, registered) => {
        registration = registered;
        lastCheck = Date.now();
      },
      onRegisterError: (error: unknown) => console.warn('No offline copy:', error),
    });
  });
}

/**
 * At a moment when a reload costs nothing (a kiosk's loop end): takes a new build if one is
 * waiting (the page reloads, and true is returned), else asks for one if the last check is
 * `everyMinutes` old (each check asks the server for one file, the service worker).
 */
export function takeUpdate(everyMinutes: number): boolean {
  if (updateWaiting && apply) {
    // The new worker takes the page when told to skip waiting; the page reloads into it then.
    // (workbox-window reloads by itself only in a page that had a worker when it was opened,
    // not in one opened for the first time and left running, as a kiosk is.) Should the worker
    // never take over, the reload comes all the same.
    const reload = () => window.location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
    window.setTimeout(reload, TAKE_OVER_MS);
    void apply();
    return true;
  }
  if (registration && Date.now() - lastCheck >= everyMinutes * 60_000) {
    lastCheck = Date.now();
    registration.update().catch(() => undefined);
  }
  return false;
}
