import type { JSONContent } from '@tiptap/core';
import { isApiError, type SavedDraft, type VettedApi } from '../../core/api';
import type { ArticleMetadata } from '../../core/document/metadata';

/** How long after the writer pauses an edit is saved. */
export const SAVE_AFTER_PAUSE_MS = 1000;
/** While typing without pause, save at least this often. */
export const SAVE_AT_LEAST_EVERY_MS = 5000;
const RETRY_DELAYS_MS = [2000, 4000, 8000, 15000, 30000];

/** What the status bar shows. */
export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string }
  | { kind: 'conflict'; message: string; currentRevision: number | null };

/** Where the controller gets the latest content from, when it is time to save. */
export interface AutosaveSource {
  metadata: () => ArticleMetadata;
  doc: () => JSONContent;
}

/**
 * Saves a draft's edits: within 1 s of a pause, at least every 5 s while typing,
 * one request at a time, each based on the last saved revision. A stale revision
 * stops autosaving and reports a conflict instead of overwriting anything.
 */
export class AutosaveController {
  private revision: number;
  private docDirty = false;
  private metadataDirty = false;
  private firstDirtyAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private attempt = 0;
  private stopped = false;

  constructor(
    private readonly api: VettedApi,
    private readonly draftId: string,
    baseRevision: number,
    private readonly source: AutosaveSource,
    private readonly onState: (state: SaveState) => void,
    private readonly onSaved: (saved: SavedDraft) => void = () => {},
  ) {
    this.revision = baseRevision;
  }

  /** The revision the next save is based on. */
  get baseRevision(): number {
    return this.revision;
  }

  /** Whether some edit has not reached the database yet. */
  get hasUnsavedChanges(): boolean {
    return this.docDirty || this.metadataDirty || this.inFlight !== null;
  }

  /** Records an edit of the body or of the metadata. */
  markDirty(part: 'doc' | 'metadata'): void {
    if (this.stopped) return;
    const wasClean = this.firstDirtyAt === null;
    if (part === 'doc') this.docDirty = true;
    else this.metadataDirty = true;
    this.firstDirtyAt ??= Date.now();
    // Tell the UI once per batch of edits, not per keystroke: every state change re-renders it.
    if (wasClean && !this.inFlight) this.onState({ kind: 'dirty' });
    this.schedule();
  }

  /** Saves now whatever is pending and waits for it. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (!this.stopped && (this.docDirty || this.metadataDirty)) await this.save();
  }

  /** Stops saving (the draft was closed or replaced). */
  dispose(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(delay?: number): void {
    this.clearTimer();
    const now = Date.now();
    const deadline = (this.firstDirtyAt ?? now) + SAVE_AT_LEAST_EVERY_MS;
    const wait = delay ?? Math.max(0, Math.min(SAVE_AFTER_PAUSE_MS, deadline - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.inFlight) {
        // One save at a time; the one in flight reschedules when it ends.
        return;
      }
      void this.save();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private save(): Promise<void> {
    const includeDoc = this.docDirty;
    this.docDirty = false;
    this.metadataDirty = false;
    this.firstDirtyAt = null;
    this.onState({ kind: 'saving' });

    const request = {
      id: this.draftId,
      baseRevision: this.revision,
      // Metadata is small and always sent, so title and body never drift apart.
      metadata: this.source.metadata(),
      ...(includeDoc ? { doc: this.source.doc() } : {}),
    };

    const run = this.api.drafts
      .save(request)
      .then((saved) => {
        this.revision = saved.revision;
        this.attempt = 0;
        this.onSaved(saved);
        if (this.docDirty || this.metadataDirty) this.schedule();
        else this.onState({ kind: 'saved', at: saved.updatedAt });
      })
      .catch((error: unknown) => {
        if (isApiError(error, 'conflict')) {
          this.stopped = true;
          const details = error.details as { currentRevision?: number } | undefined;
          this.docDirty ||= includeDoc;
          this.metadataDirty = true;
          this.onState({
            kind: 'conflict',
            message: error.message,
            currentRevision: details?.currentRevision ?? null,
          });
          return;
        }
        // Keep the edit pending and try again later: nothing typed is dropped.
        this.docDirty ||= includeDoc;
        this.metadataDirty = true;
        this.firstDirtyAt ??= Date.now();
        const delay = RETRY_DELAYS_MS[Math.min(this.attempt, RETRY_DELAYS_MS.length - 1)];
        this.attempt += 1;
        const message = error instanceof Error ? error.message : String(error);
        this.onState({ kind: 'retrying', message });
        this.schedule(delay);
      })
      .finally(() => {
        this.inFlight = null;
      });
    this.inFlight = run;
    return run;
  }
}
