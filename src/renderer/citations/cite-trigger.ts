import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** An open `[@…` trigger: the range to replace and the query typed after `[@`. */
export interface CiteTrigger {
  from: number;
  to: number;
  query: string;
}

/** What the picker does with keys while a trigger is open. */
export interface CiteTriggerHandlers {
  /** Arrow keys, Enter, Tab and Escape while the picker is open; true when handled. */
  onKey: (key: 'ArrowUp' | 'ArrowDown' | 'Enter' | 'Tab' | 'Escape') => boolean;
}

export const citeTriggerKey = new PluginKey<CiteTrigger | null>('citeTrigger');

const TRIGGER = /\[@([^\]\s[]{0,60})$/;
const HANDLED_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Enter', 'Tab', 'Escape']);

/**
 * Typing `[@` opens the citation picker: the plugin tracks the text from `[@` to the
 * cursor as the query (author, title, year, DOI) and lends the picker the keys it needs.
 * Escape closes it and leaves the text as typed.
 */
export const CiteTriggerExtension = Extension.create<CiteTriggerHandlers>({
  name: 'citeTrigger',

  addOptions() {
    return { onKey: () => false };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<CiteTrigger | null>({
        key: citeTriggerKey,
        state: {
          init: () => null,
          apply: (tr, previous, _old, state) => {
            if (tr.getMeta(citeTriggerKey) === 'close') return null;
            if (!tr.docChanged && !tr.selectionSet) return previous;
            const { $from, empty } = state.selection;
            if (!empty || !$from.parent.isTextblock) return null;
            const before = $from.parent.textBetween(
              Math.max(0, $from.parentOffset - 64),
              $from.parentOffset,
              undefined,
              '\ufffc',
            );
            const match = TRIGGER.exec(before);
            if (!match) return null;
            // Reopen only while typing; moving the cursor into old "[@" text does not.
            if (!previous && !tr.docChanged) return null;
            return { from: $from.pos - match[0].length, to: $from.pos, query: match[1] ?? '' };
          },
        },
        props: {
          handleKeyDown: (view, event) => {
            if (!citeTriggerKey.getState(view.state) || !HANDLED_KEYS.has(event.key)) return false;
            const handled = options.onKey(event.key as Parameters<CiteTriggerHandlers['onKey']>[0]);
            if (event.key === 'Escape') {
              view.dispatch(view.state.tr.setMeta(citeTriggerKey, 'close'));
              return true;
            }
            return handled;
          },
        },
      }),
    ];
  },
});
