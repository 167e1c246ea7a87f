import { isAllowedLinkHref } from '../../core/document/links';

/** Result of reading what the writer typed as a link address. */
export type HrefResult = { ok: true; href: string } | { ok: false; message: string };

/**
 * Turns typed text into a link address: adds https:// to bare domains and mailto:
 * to e-mail addresses, and refuses anything that is not http, https or mailto.
 */
export function normalizeHref(input: string): HrefResult {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Type the address the link should go to.' };
  let href = text;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(text)) href = `mailto:${text}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) href = `https://${text.replace(/^\/+/, '')}`;
  if (!isAllowedLinkHref(href)) {
    return { ok: false, message: 'Only web (http, https) and e-mail (mailto) links are allowed.' };
  }
  try {
    if (!href.startsWith('mailto:')) new URL(href);
  } catch {
    return { ok: false, message: 'That is not a valid web address.' };
  }
  return { ok: true, href };
}
