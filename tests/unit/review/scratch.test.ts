import { it } from 'vitest';
import { Harness } from '/work/main/tests/unit/review/editor-harness';
import { doc, p } from '/work/main/src/core/document/builders';
it('scratch', () => {
  const h = new Harness(doc(p('The quick brown fox.')));
  h.cursorAfter('quick').type(' very');
  console.log(JSON.stringify(h.json));
  h.cursorAfter('brown').backspace(3);
  console.log(JSON.stringify(h.json), h.state.selection.head);
  h.backspace(2);
  console.log(JSON.stringify(h.json), h.state.selection.head);
  h.cursorAfter('very').backspace(2);
  console.log(JSON.stringify(h.json), h.state.selection.head);
  h.selectText('fox').type('dog');
  console.log(JSON.stringify(h.json), h.state.selection.head);
  h.undo();
  console.log(JSON.stringify(h.json), h.state.selection.head);
});
