import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { citeTriggerKey, type CiteTrigger } from './cite-trigger';

/**
 * Inserts a citation of `sourceIds` at the cursor (replacing an open `[@…` trigger).
 * Citing right after an existing citation adds the sources to it, as "2,3" not "2 3".
 */
export function insertCitation(
  editor: Editor,
  sourceIds: string[],
  trigger?: CiteTrigger | null,
): void {
  if (!sourceIds.length) return;
  const { state } = editor;
  let tr = state.tr;
  if (trigger) tr = tr.delete(trigger.from, trigger.to).setMeta(citeTriggerKey, 'close');
  const pos = tr.selection.from;
  const $pos = tr.doc.resolve(pos);
  const before = $pos.nodeBefore;
  if (before?.type.name === 'citation') {
    const ids = [...(before.attrs.sourceIds as string[])];
    for (const id of sourceIds) if (!ids.includes(id)) ids.push(id);
    tr = tr.setNodeMarkup(pos - before.nodeSize, undefined, { ...before.attrs, sourceIds: ids });
  } else {
    const node = state.schema.nodes.citation?.create({ sourceIds, locator: null });
    if (!node) return;
    tr = tr.replaceSelectionWith(node, false);
    tr = tr.setSelection(
      TextSelection.create(tr.doc, Math.min(tr.doc.content.size, pos + node.nodeSize)),
    );
  }
  editor.view.dispatch(tr.scrollIntoView());
  editor.commands.focus();
}

/** Selects the citation at `pos` and scrolls it into view (from the Sources panel). */
export function revealCitation(editor: Editor, pos: number): void {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== 'citation') return;
  editor.view.dispatch(
    editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)).scrollIntoView(),
  );
  editor.commands.focus();
  const dom = editor.view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
}
