import { HtmlRenderer, Parser } from 'commonmark';
import spec from 'commonmark-spec';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/core/document/schema';
import { prepareExport, toMarkdownArticle } from '../../src/core/export';
import { importMarkdown } from '../../src/core/import';
import { formatterFor } from './article-fixture';

const parser = new Parser();
const renderer = new HtmlRenderer();
const render = (markdown: string): string => renderer.render(parser.parse(markdown));

interface Outcome {
  number: number;
  section: string;
  representable: boolean;
  roundTrips: boolean;
  exported?: string;
}

/**
 * One spec example through Vetted: import (CommonMark dialect) → the stored form the
 * editor keeps (normalized by the schema) → Markdown export → CommonMark HTML.
 * An example is representable when the import reports nothing it could not keep.
 */
function roundTrip(example: { markdown: string; number: number; section: string }): Outcome {
  const base = { number: example.number, section: example.section };
  let imported;
  try {
    imported = importMarkdown(example.markdown, { dialect: 'commonmark' });
  } catch {
    return { ...base, representable: false, roundTrips: false };
  }
  if (imported.notices.length) return { ...base, representable: false, roundTrips: false };
  const stored = articleSchema().nodeFromJSON(imported.doc).toJSON();
  const model = prepareExport({
    doc: stored,
    metadata: imported.metadata,
    sources: [],
    formatter: formatterFor(),
  });
  const exported = toMarkdownArticle(model, { citations: 'numbered', bodyOnly: true });
  const title = imported.metadata.title ? `# ${imported.metadata.title}\n\n` : '';
  return {
    ...base,
    representable: true,
    roundTrips: render(title + exported) === render(example.markdown),
    exported: title + exported,
  };
}

describe('CommonMark spec round trip', () => {
  it('every representable example renders the same after import and export', () => {
    const outcomes = spec.tests.map(roundTrip);
    const representable = outcomes.filter((outcome) => outcome.representable);
    const failing = representable.filter((outcome) => !outcome.roundTrips);
    console.log(
      `CommonMark ${spec.tests.length} examples: ${representable.length} representable, ` +
        `${representable.length - failing.length} round-trip`,
    );
    expect(representable.length).toBeGreaterThan(300);
    expect(failing.map((outcome) => `#${outcome.number} (${outcome.section})`)).toEqual([]);
  });
});
