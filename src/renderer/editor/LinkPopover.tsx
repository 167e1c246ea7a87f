import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type FormEvent } from 'react';
import { normalizeHref } from './link-href';

interface LinkPopoverProps {
  editor: Editor;
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
}

/**
 * Shows the link under the cursor (open, edit, remove) and, when editing, a field
 * for the address. Only http, https and mailto addresses are accepted.
 */
export function LinkPopover({ editor, editing, onEditingChange }: LinkPopoverProps) {
  const link = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const active = e.isActive('link');
      return {
        active,
        empty: e.state.selection.empty,
        href: active ? ((e.getAttributes('link').href as string | undefined) ?? '') : '',
        from: e.state.selection.from,
      };
    },
  });

  if (!editing && !link.active) return null;

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onEditingChange(false);
  };

  return (
    <div
      className="link-popover"
      style={popoverPosition(editor, link.from)}
      role="group"
      aria-label="Link"
    >
      {editing ? (
        <LinkForm
          editor={editor}
          initialHref={link.href}
          linkActive={link.active}
          selectionEmpty={link.empty}
          onRemove={remove}
          onDone={() => onEditingChange(false)}
        />
      ) : (
        <div className="link-view">
          <a
            href={link.href}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              event.preventDefault();
              window.open(link.href, '_blank', 'noopener,noreferrer');
            }}
          >
            {link.href}
          </a>
          <button
            type="button"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onEditingChange(true)}
          >
            Edit link
          </button>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={remove}>
            Remove link
          </button>
        </div>
      )}
    </div>
  );
}

interface LinkFormProps {
  editor: Editor;
  initialHref: string;
  linkActive: boolean;
  selectionEmpty: boolean;
  onRemove: () => void;
  onDone: () => void;
}

function LinkForm({
  editor,
  initialHref,
  linkActive,
  selectionEmpty,
  onRemove,
  onDone,
}: LinkFormProps) {
  const [value, setValue] = useState(initialHref);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const result = normalizeHref(value);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    const chain = editor.chain().focus();
    if (linkActive) chain.extendMarkRange('link').setLink({ href: result.href }).run();
    else if (selectionEmpty) {
      chain
        .insertContent({
          type: 'text',
          text: value.trim(),
          marks: [{ type: 'link', attrs: { href: result.href } }],
        })
        .unsetMark('link')
        .run();
    } else chain.setLink({ href: result.href }).run();
    onDone();
  };

  const cancel = () => {
    onDone();
    editor.commands.focus();
  };

  return (
    <form onSubmit={apply} className="link-form">
      <label>
        Link address
        <input
          autoFocus
          value={value}
          placeholder="https://…"
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            }
          }}
        />
      </label>
      <button type="submit" className="primary">
        Apply
      </button>
      {linkActive && (
        <button type="button" onClick={onRemove}>
          Remove link
        </button>
      )}
      <button type="button" onClick={cancel}>
        Cancel
      </button>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
    </form>
  );
}

function popoverPosition(editor: Editor, pos: number): { top: number; left: number } {
  try {
    const coords = editor.view.coordsAtPos(pos);
    const box = editor.view.dom.closest('.editor-frame')?.getBoundingClientRect();
    if (!box) return { top: 0, left: 0 };
    return { top: coords.bottom - box.top + 6, left: Math.max(0, coords.left - box.left) };
  } catch {
    return { top: 0, left: 0 };
  }
}
