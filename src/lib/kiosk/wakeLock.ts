/** The parts of `navigator` and `document` a wake lock needs; tests pass fakes. */
export interface WakeLockHost {
  navigator: { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } };
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
}

/**
 * Keeps the screen awake while the page is shown: asks for a screen wake lock now and again
 * each time the page becomes visible (the browser drops the lock when it is hidden). `onchange`
 * hears `held`, `refused` or `unsupported`. Returns what releases the lock and stops listening.
 */
export function holdWakeLock(
  host: WakeLockHost,
  onchange: (state: 'held' | 'refused' | 'unsupported') => void = () => undefined,
): () => void {
  const api = host.navigator.wakeLock;
  if (!api) {
    onchange('unsupported');
    return () => undefined;
  }
  let lock: { release(): Promise<void> } | undefined;
  let stopped = false;
  const take = () => {
    if (host.document.visibilityState !== 'visible') return;
    api.request('screen').then(
      (taken) => {
        if (stopped) return void taken.release();
        lock = taken;
        onchange('held');
      },
      () => onchange('refused'),
    );
  };
  take();
  host.document.addEventListener('visibilitychange', take);
  return () => {
    stopped = true;
    host.document.removeEventListener('visibilitychange', take);
    void lock?.release().catch(() => undefined);
    lock = undefined;
  };
}
