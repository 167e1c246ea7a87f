import {
  Plugin,
  PluginKey,
  type Command,
  type EditorState,
  type Transaction,
} from '@tiptap/pm/state';
import { trackChanges, type SuggestionAuthor } from './track-changes';

/** The plugin's state: whether edits become suggestions, and whose. */
export interface SuggestingState {
  enabled: boolean;
  author: SuggestionAuthor;
}

/**
 * Meta a transaction can carry under `suggestingPluginKey`: switch suggesting
 * on or off, change the author, or `bypass: true` to apply a change as is
 * (accept/reject, loading a draft, merging a review package).
 */
export interface SuggestingMeta {
  enabled?: boolean;
  author?: SuggestionAuthor;
  bypass?: boolean;
}

/** Options of the suggesting plugin. */
export interface SuggestingOptions {
  author: SuggestionAuthor;
  /** Whether suggesting is on from the start (off by default). */
  enabled?: boolean;
  /** The current time as ISO 8601; the clock by default. */
  now?: () => string;
  /** A new suggestion id; a random one by default. */
  createId?: () => string;
}

/** The key of the suggesting plugin: read its state, or set meta on a transaction. */
export const suggestingPluginKey = new PluginKey<SuggestingState>('suggesting');

/**
 * Suggesting mode (track changes) as a ProseMirror plugin. While enabled, typed
 * and pasted content is marked as an insertion and deleted content is kept and
 * marked as a deletion, with the author, the time and a suggestion id. Undo,
 * redo, transactions with `addToHistory: false` or `preventUpdate: true` meta
 * (TipTap's `setContent(…, { emitUpdate: false })`) and those with
 * `{ bypass: true }` meta are applied as they are.
 */
export function suggestingPlugin(options: SuggestingOptions): Plugin<SuggestingState> {
  const context = {
    author: options.author,
    now: options.now ?? (() => new Date().toISOString()),
    createId: options.createId ?? randomSuggestionId,
  };
  return new Plugin<SuggestingState>({
    key: suggestingPluginKey,
    state: {
      init: () => ({ enabled: options.enabled ?? false, author: options.author }),
      apply: (tr, value) => {
        const meta = tr.getMeta(suggestingPluginKey) as SuggestingMeta | undefined;
        if (!meta || (meta.enabled === undefined && meta.author === undefined)) return value;
        return { enabled: meta.enabled ?? value.enabled, author: meta.author ?? value.author };
      },
    },
    appendTransaction: (transactions, oldState, newState) => {
      const state = suggestingPluginKey.getState(newState);
      if (!state?.enabled) return null;
      const tracked = trackChanges(
        transactions,
        newState,
        oldState,
        { ...context, author: state.author },
        (tr) => {
          const meta = tr.getMeta(suggestingPluginKey) as SuggestingMeta | undefined;
          return !meta?.bypass;
        },
      );
      return (
        tracked?.setMeta(suggestingPluginKey, { bypass: true } satisfies SuggestingMeta) ?? null
      );
    },
  });
}

/** Whether edits in this editor state become suggestions. */
export function isSuggesting(state: EditorState): boolean {
  return suggestingPluginKey.getState(state)?.enabled ?? false;
}

/** Command: switch suggesting mode on or off. */
export function setSuggesting(enabled: boolean): Command {
  return (state, dispatch) => {
    if (!suggestingPluginKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(suggestingPluginKey, { enabled } satisfies SuggestingMeta));
    return true;
  };
}

/** Command: switch suggesting mode to the other state. */
export function toggleSuggesting(): Command {
  return (state, dispatch) => setSuggesting(!isSuggesting(state))(state, dispatch);
}

/** Command: write later suggestions under another author (after a profile switch). */
export function setSuggestingAuthor(author: SuggestionAuthor): Command {
  return (state, dispatch) => {
    if (!suggestingPluginKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(suggestingPluginKey, { author } satisfies SuggestingMeta));
    return true;
  };
}

/** Marks a transaction to be applied as is, even in suggesting mode. */
export function bypassSuggesting(tr: Transaction): Transaction {
  return tr.setMeta(suggestingPluginKey, { bypass: true } satisfies SuggestingMeta);
}

let counter = 0;

/** A suggestion id unique enough for one document: time, a counter and randomness. */
export function randomSuggestionId(): string {
  counter = (counter + 1) % 1_679_616;
  const random = Math.floor(Math.random() * 2_176_782_336).toString(36);
  return `s-${Date.now().toString(36)}-${counter.toString(36)}-${random}`;
}
