/// <reference types="vite/client" />
// Brings TipTap's command declarations (toggleBold, setLink …) into the renderer's types.
import type {} from '@tiptap/starter-kit';
