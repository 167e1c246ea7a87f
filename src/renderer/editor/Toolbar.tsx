import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { Icon } from '../ui/Icon';

interface ToolbarProps {
  editor: Editor;
  onEditLink: () => void;
  /** Extra controls at the end (Save version, History …). */
  children?: ReactNode;
}

/** Formatting controls; each reflects the selection (aria-pressed) and names its shortcut. */
export function Toolbar({ editor, onEditLink, children }: ToolbarProps) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <div className="toolbar-group">
        <ToolButton
          label="Heading 2"
          shortcut="Ctrl+Alt+2"
          pressed={state.h2}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        >
          H2
        </ToolButton>
        <ToolButton
          label="Heading 3"
          shortcut="Ctrl+Alt+3"
          pressed={state.h3}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        >
          H3
        </ToolButton>
        <ToolButton
          label="Heading 4"
          shortcut="Ctrl+Alt+4"
          pressed={state.h4}
          onClick={() => chain().toggleHeading({ level: 4 }).run()}
        >
          H4
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton
          label="Bold"
          shortcut="Ctrl+B"
          pressed={state.bold}
          onClick={() => chain().toggleBold().run()}
        >
          <b>B</b>
        </ToolButton>
        <ToolButton
          label="Italic"
          shortcut="Ctrl+I"
          pressed={state.italic}
          onClick={() => chain().toggleItalic().run()}
        >
          <i>I</i>
        </ToolButton>
        <ToolButton label="Link" shortcut="Ctrl+K" pressed={state.link} onClick={onEditLink}>
          <Icon name="link" />
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton
          label="Bulleted list"
          shortcut="Ctrl+Shift+8"
          pressed={state.bulletList}
          onClick={() => chain().toggleBulletList().run()}
        >
          <Icon name="bulletList" />
        </ToolButton>
        <ToolButton
          label="Numbered list"
          shortcut="Ctrl+Shift+7"
          pressed={state.orderedList}
          onClick={() => chain().toggleOrderedList().run()}
        >
          <Icon name="orderedList" />
        </ToolButton>
        <ToolButton
          label="Quote"
          shortcut="Ctrl+Shift+B"
          pressed={state.blockquote}
          onClick={() => chain().toggleBlockquote().run()}
        >
          <Icon name="quote" />
        </ToolButton>
        <ToolButton label="Divider" onClick={() => chain().setHorizontalRule().run()}>
          <Icon name="divider" />
        </ToolButton>
      </div>
      <div className="toolbar-group">
        <ToolButton
          label="Undo"
          shortcut="Ctrl+Z"
          disabled={!state.canUndo}
          onClick={() => chain().undo().run()}
        >
          <Icon name="undo" />
        </ToolButton>
        <ToolButton
          label="Redo"
          shortcut="Ctrl+Shift+Z"
          disabled={!state.canRedo}
          onClick={() => chain().redo().run()}
        >
          <Icon name="redo" />
        </ToolButton>
      </div>
      <div className="toolbar-spacer" />
      {children}
    </div>
  );
}

interface ToolButtonProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      // Keep the editor's selection: a mousedown on a button would otherwise blur it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
