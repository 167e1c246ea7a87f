import { Extension } from '@tiptap/core';
import { suggestingPlugin } from '../../core/review/suggestions/suggesting-plugin';
import type { SuggestionAuthor } from '../../core/review/suggestions/track-changes';

/** Suggesting mode (tracked insertions and deletions) for one author; off until toggled. */
export function suggestingExtension(author: SuggestionAuthor) {
  return Extension.create({
    name: 'suggesting',
    addProseMirrorPlugins() {
      return [suggestingPlugin({ author, enabled: false })];
    },
  });
}

/** Mod-Alt-M starts a comment on the selection. */
export function commentShortcut(startComment: () => void) {
  return Extension.create({
    name: 'commentShortcut',
    addKeyboardShortcuts() {
      return {
        'Mod-Alt-m': () => {
          if (this.editor.state.selection.empty) return false;
          startComment();
          return true;
        },
      };
    },
  });
}
