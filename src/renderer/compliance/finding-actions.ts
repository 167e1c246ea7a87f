import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Finding } from '../../core/compliance/finding';

/** Whether the text a finding covers is still there, unchanged (the document may have moved on). */
function stillThere(editor: Editor, finding: Finding): boolean {
  if (finding.to > editor.state.doc.content.size) return false;
  const text = editor.state.doc
    .textBetween(finding.from, finding.to, ' ', '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === finding.excerpt;
}

/**
 * Selects a finding's text and scrolls to it; a document-level finding scrolls to the top.
 * Returns whether the finding's own text was selected (so its card can open on it).
 */
export function revealFinding(editor: Editor, finding: Finding): boolean {
  if (finding.to <= finding.from || !stillThere(editor, finding)) {
    editor.commands.focus('start');
    return false;
  }
  editor.view.dispatch(
    editor.state.tr
      .setSelection(TextSelection.create(editor.state.doc, finding.from, finding.to))
      .scrollIntoView(),
  );
  editor.commands.focus();
  return true;
}

/** Replaces a finding's text with its suggestion (a normal edit: undoable, tracked in suggesting mode). */
export function applySuggestion(editor: Editor, finding: Finding): boolean {
  if (finding.suggestion === undefined || !stillThere(editor, finding)) return false;
  editor
    .chain()
    .focus()
    .insertContentAt({ from: finding.from, to: finding.to }, finding.suggestion)
    .run();
  return true;
}
