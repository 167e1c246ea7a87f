/** Things that happened which other parts of the window may want to react to. */
export interface AppEvents {
  /** A draft was created, saved, renamed, trashed or deleted: lists should refresh. */
  'drafts-changed': { draftId?: string };
  /** The library renamed the open draft: the editor takes the title so its next save agrees. */
  'retitle-draft': { draftId: string; title: string };
  /** A draft was changed outside its editor (a review merged into it): reload it. */
  'draft-replaced': { draftId: string };
}

type Listener<T> = (detail: T) => void;
const listeners = new Map<keyof AppEvents, Set<Listener<never>>>();

/** Subscribes to an app event; returns the unsubscribe function. */
export function onAppEvent<K extends keyof AppEvents>(name: K, listener: Listener<AppEvents[K]>) {
  const set = listeners.get(name) ?? new Set();
  set.add(listener as Listener<never>);
  listeners.set(name, set);
  return () => set.delete(listener as Listener<never>);
}

/** Tells every subscriber that something happened. */
export function emitAppEvent<K extends keyof AppEvents>(name: K, detail: AppEvents[K]): void {
  listeners.get(name)?.forEach((listener) => (listener as Listener<AppEvents[K]>)(detail));
}
