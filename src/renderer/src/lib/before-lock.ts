type BeforeLock = () => Promise<void> | void;

const waiting = new Set<BeforeLock>();

/** How long a lock waits for unsaved work to be written before it goes ahead anyway. */
export const BEFORE_LOCK_TIMEOUT_MS = 1_500;

/** Ask to be told before the vault locks (e.g. to save a draft); returns the way to stop. */
export function onBeforeLock(fn: BeforeLock): () => void {
  waiting.add(fn);
  return () => waiting.delete(fn);
}

/** Give everyone a short moment to save; a slow or failing one never stops the lock. */
export async function runBeforeLock(timeoutMs = BEFORE_LOCK_TIMEOUT_MS): Promise<void> {
  if (waiting.size === 0) return;
  const all = Promise.allSettled([...waiting].map(async (fn) => fn()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((done) => (timer = setTimeout(done, timeoutMs)));
  await Promise.race([all, late]);
  clearTimeout(timer);
}
