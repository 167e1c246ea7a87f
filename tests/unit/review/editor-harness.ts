import type { JSONContent } from '@tiptap/core';
import type { Node, Slice } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Command, type Transaction } from '@tiptap/pm/state';
import { undo, history } from '@tiptap/pm/history';
import { articleSchema } from '../../../src/core/document/schema';
import { suggestingPlugin } from '../../../src/core/review/suggestions/suggesting-plugin';
import type { SuggestionAuthor } from '../../../src/core/review/suggestions/track-changes';

/** Authors used across review tests. */
export const ana: SuggestionAuthor = { id: 'u-ana', name: 'Ana Writer' };
export const rui: SuggestionAuthor = { id: 'u-rui', name: 'Rui Reviewer' };

/** Position just before the n-th occurrence (0-based) of a text in a document. */
export function posOf(doc: Node, needle: string, occurrence = 0): number {
  let seen = 0;
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, '\uFFFC');
    let index = text.indexOf(needle);
    while (index >= 0) {
      if (seen === occurrence) {
        found = pos + 1 + index;
        return false;
      }
      seen++;
      index = text.indexOf(needle, index + 1);
    }
    return false;
  });
  if (found < 0) throw new Error(`"${needle}" not in document`);
  return found;
}

/**
 * A headless editor: an EditorState with the suggesting plugin and history,
 * driven by the same transactions a view dispatches for keys and input.
 */
export class Harness {
  state: EditorState;
  private ids = 0;

  constructor(doc: JSONContent, author: SuggestionAuthor = rui, enabled = true) {
    this.state = EditorState.create({
      schema: articleSchema(),
      doc: articleSchema().nodeFromJSON(doc),
      plugins: [
        history(),
        suggestingPlugin({
          author,
          enabled,
          now: () => `2025-01-0${Math.min(9, this.ids + 1)}T10:00:00.000Z`,
          createId: () => `s${++this.ids}`,
        }),
      ],
    });
  }

  get doc(): Node {
    return this.state.doc;
  }

  get json(): JSONContent {
    return this.state.doc.toJSON() as JSONContent;
  }

  dispatch = (tr: Transaction): void => {
    this.state = this.state.apply(tr);
  };

  run(command: Command): boolean {
    return command(this.state, this.dispatch);
  }

  /** Puts the cursor (or a selection) at positions. */
  select(from: number, to = from): this {
    this.dispatch(this.state.tr.setSelection(TextSelection.create(this.doc, from, to)));
    return this;
  }

  /** Puts the cursor right after a text. */
  cursorAfter(needle: string, occurrence = 0): this {
    return this.select(posOf(this.doc, needle, occurrence) + needle.length);
  }

  /** Selects a text. */
  selectText(needle: string, occurrence = 0): this {
    const from = posOf(this.doc, needle, occurrence);
    return this.select(from, from + needle.length);
  }

  /** Types characters one at a time, as the view's text input does (over the selection if any). */
  type(text: string): this {
    for (const char of text) {
      const { from, to } = this.state.selection;
      this.dispatch(this.state.tr.insertText(char, from, to));
    }
    return this;
  }

  /** Backspace: deletes the selection, or the character before the cursor. */
  backspace(times = 1): this {
    for (let i = 0; i < times; i++) {
      const { from, empty } = this.state.selection;
      this.dispatch(empty ? this.state.tr.delete(from - 1, from) : this.state.tr.deleteSelection());
    }
    return this;
  }

  /** Delete key: deletes the selection, or the character after the cursor. */
  forwardDelete(times = 1): this {
    for (let i = 0; i < times; i++) {
      const { from, empty } = this.state.selection;
      this.dispatch(empty ? this.state.tr.delete(from, from + 1) : this.state.tr.deleteSelection());
    }
    return this;
  }

  /** Pastes a slice over the selection. */
  paste(slice: Slice): this {
    this.dispatch(this.state.tr.replaceSelection(slice).setMeta('uiEvent', 'paste'));
    return this;
  }

  undo(): this {
    undo(this.state, this.dispatch);
    return this;
  }
}

/**
 * A document as a compact string to compare in tests: `[+text]` inserted,
 * `[-text]` deleted, `[±text]` both, `{cite}` a citation, paragraphs joined by ` | `.
 */
export function marked(doc: Node): string {
  const blocks: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let line = '';
    node.forEach((child) => {
      const inserted = child.marks.some((mark) => mark.type.name === 'insertion');
      const deleted = child.marks.some((mark) => mark.type.name === 'deletion');
      const text = child.isText ? child.text! : child.type.name === 'citation' ? '{cite}' : '{br}';
      const sign = inserted && deleted ? '±' : inserted ? '+' : deleted ? '-' : '';
      line += sign ? `[${sign}${text}]` : text;
    });
    blocks.push(line.replace(/\](\[)([+\-±])/g, ']$1$2'));
    return false;
  });
  return blocks.join(' | ');
}
