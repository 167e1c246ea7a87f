/**
 * HTML elements whose content is code, styling or an embedded document: sanitizing
 * removes them with everything inside, rather than keeping their text.
 */
export const ACTIVE_HTML_ELEMENTS = [
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
  'select',
  'textarea',
  'button',
  'video',
  'audio',
  'canvas',
] as const;
