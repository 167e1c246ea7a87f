import { describe, expect, it } from 'vitest';
import { isAllowedLinkHref } from './links';
import { ArticleMetadata, emptyMetadata, IsoDate, slugify } from './metadata';

describe('slugify', () => {
  it('makes a readable URL slug from a title', () => {
    expect(slugify('CAR-T Beyond Cancer: the Autoimmune Frontier')).toBe(
      'car-t-beyond-cancer-the-autoimmune-frontier',
    );
    expect(slugify("Crohn's disease — what's new?")).toBe('crohns-disease-whats-new');
    expect(slugify('Naïve B-cells & Müller')).toBe('naive-b-cells-muller');
    expect(slugify('   ')).toBe('');
  });
});

describe('metadata', () => {
  it('starts a draft with the standard disclaimer and AMA, numbered by first citation', () => {
    const metadata = emptyMetadata('Hello world');
    expect(ArticleMetadata.parse(metadata)).toEqual(metadata);
    expect(metadata.slug).toBe('hello-world');
    expect(metadata.disclaimer).toMatch(/not medical advice/);
    expect(metadata.citationStyle).toBe('ama');
    expect(metadata.citationOrder).toBe('first-citation');
  });

  it('accepts only real calendar dates', () => {
    expect(IsoDate.safeParse('2026-06-17').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-30').success).toBe(false);
    expect(IsoDate.safeParse('17/06/2026').success).toBe(false);
  });
});

describe('link safety', () => {
  it('allows web and mail links only, whatever tricks the scheme uses', () => {
    expect(isAllowedLinkHref('https://www.nhs.uk')).toBe(true);
    expect(isAllowedLinkHref('http://example.org/a?b#c')).toBe(true);
    expect(isAllowedLinkHref('mailto:editor@example.org')).toBe(true);
    expect(isAllowedLinkHref('javascript:alert(1)')).toBe(false);
    expect(isAllowedLinkHref(' JaVa\tScRiPt:alert(1)')).toBe(false);
    expect(isAllowedLinkHref('data:text/html,<script>')).toBe(false);
    expect(isAllowedLinkHref('vbscript:msgbox')).toBe(false);
    expect(isAllowedLinkHref('/relative/path')).toBe(false);
    expect(isAllowedLinkHref('')).toBe(false);
  });
});
