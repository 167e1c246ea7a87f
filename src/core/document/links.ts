/** Link schemes a draft may contain: web pages and e-mail, nothing executable. */
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** Whether an href is safe to keep in a draft (http, https or mailto only). */
export function isAllowedLinkHref(href: string | null | undefined): boolean {
  if (!href) return false;
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = href.trim().replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (!scheme?.[1]) return false;
  const protocol = `${scheme[1].toLowerCase()}:`;
  return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(protocol);
}
