import type { LazyCommand } from '../command';

/**
 * Every `vetted` subcommand, in the order `vetted --help` lists them. Each is imported
 * when it runs (the summaries are repeated here so `--help` loads none of them).
 */
export const commands: readonly LazyCommand[] = [
  {
    name: 'list',
    summary: "list the library's drafts (title, category, status, last edited, words)",
    load: async () => (await import('./list')).listCommand,
  },
  {
    name: 'import',
    summary: 'import a Markdown, HTML or Word file into the library as a new draft',
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'check',
    summary: 'check Markdown articles against the compliance rules (file:line:col findings)',
    load: async () => (await import('./check')).checkCommand,
  },
  {
    name: 'export',
    summary: 'export a Markdown article as publish-ready HTML or Markdown (compliance preflight)',
    load: async () => (await import('./export')).exportCommand,
  },
  {
    name: 'refs',
    summary: 'read BibTeX, RIS, MEDLINE or CSL-JSON files; print CSL-JSON or an AMA/Vancouver list',
    load: async () => (await import('./refs')).refsCommand,
  },
  {
    name: 'audit',
    summary: "verify the library's tamper-evident audit trail (vetted audit verify)",
    load: async () => (await import('./audit')).auditCommand,
  },
];
