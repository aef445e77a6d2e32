/**
 * The page's side of the offline copy (sw/service-worker.ts): registered in a production build
 * only, once the first picture is up, so it never competes with it. A new build found later
 * waits until `takeUpdate` is called (a kiosk calls it at the end of a loop).
 */

let apply: (() => Promise<void>) | undefined;
let registration: ServiceWorkerRegistration | undefined;
let updateWaiting = false;
let lastCheck = 0;

/** Checks for a new build at most this often (each check asks the server for one file). */
const CHECK_EVERY_MS = 60 * 60_000;

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
 * waiting (the page reloads, and true is returned), else asks for one, at most once an hour.
 */
export function takeUpdate(): boolean {
  if (updateWaiting && apply) {
    void apply();
    return true;
  }
  if (registration && Date.now() - lastCheck > CHECK_EVERY_MS) {
    lastCheck = Date.now();
    registration.update().catch(() => undefined);
  }
  return false;
}
