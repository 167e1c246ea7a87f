import { Editor } from '@tiptap/core';
import { articleExtensions } from '../../src/core/document/extensions';
import { longArticle } from '../long-article';

// The same schema, stylesheet and 20,000 words as the app, and nothing else: no React,
// no panels, no plugins of ours. What typing costs here is the machine's floor.
const element = document.getElementById('editor');
if (element)
  new Editor({
    element,
    extensions: articleExtensions,
    content: longArticle(20_000),
    injectCSS: false,
    editorProps: {
      attributes: { role: 'textbox', 'aria-label': 'Article body', class: 'article-body' },
    },
  });
