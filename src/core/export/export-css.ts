/** The stylesheet embedded in a standalone HTML export: readable on screen, clean on paper. */
export const EXPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1c1f23; font: 1.0625rem/1.65 Georgia, 'Times New Roman', serif; }
article { max-width: 42rem; margin: 0 auto; padding: 3rem 1.25rem 4rem; }
header { border-bottom: 1px solid #d8dde3; margin-bottom: 2rem; padding-bottom: 1.25rem; }
.category { margin: 0; color: #0b5f73; font: 600 0.8125rem/1.4 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; }
h1 { margin: 0.35rem 0 0.75rem; font-size: 2.1rem; line-height: 1.2; }
h2 { margin: 2.25rem 0 0.75rem; font-size: 1.45rem; line-height: 1.3; }
h3 { margin: 1.75rem 0 0.5rem; font-size: 1.2rem; }
h4 { margin: 1.5rem 0 0.5rem; font-size: 1.05rem; }
.standfirst { margin: 0 0 1rem; color: #3d4650; font-size: 1.2rem; line-height: 1.5; }
.meta, .byline { margin: 0.25rem 0 0; color: #56606b; font: 0.875rem/1.5 system-ui, sans-serif; }
a { color: #0b5f73; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #c9d3dc; color: #3d4650; }
pre { overflow-x: auto; padding: 0.75rem; background: #f3f5f7; font-size: 0.875rem; }
code { font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace; font-size: 0.9em; }
hr { margin: 2rem 0; border: 0; border-top: 1px solid #d8dde3; }
sup.citation { font-size: 0.7em; line-height: 0; }
sup.citation a { text-decoration: none; }
.citation-missing { color: #a3211f; }
.sources { margin-top: 3rem; border-top: 1px solid #d8dde3; font-size: 0.9375rem; }
.sources li { margin-bottom: 0.5rem; }
.sources li:target { background: #fff6d6; }
.backlink { margin-left: 0.25rem; text-decoration: none; }
footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid #d8dde3; color: #56606b; font: 0.875rem/1.5 system-ui, sans-serif; }
@media print {
  body { font-size: 11pt; }
  article { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .backlink { display: none; }
  .sources a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  h2, h3, h4 { break-after: avoid; }
  li, blockquote { break-inside: avoid; }
}
`.trim();
