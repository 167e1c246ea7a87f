import { useState } from 'react';
import { slugify, type ArticleMetadata } from '../../core/document/metadata';

interface MetadataFormProps {
  metadata: ArticleMetadata;
  onChange: (next: ArticleMetadata) => void;
}

/** Title and standfirst above the body; the rest of the article's metadata in a details panel. */
export function MetadataForm({ metadata, onChange }: MetadataFormProps) {
  const [authorsText, setAuthorsText] = useState(metadata.authors.join(', '));
  const set = (patch: Partial<ArticleMetadata>) => onChange({ ...metadata, ...patch });

  return (
    <div className="metadata">
      <label className="title-field">
        <span className="visually-hidden">Title</span>
        <input
          aria-label="Title"
          className="title-input"
          placeholder="Title"
          value={metadata.title}
          onChange={(event) => {
            const title = event.target.value;
            set(metadata.slugLocked ? { title } : { title, slug: slugify(title) });
          }}
        />
      </label>
      <label className="standfirst-field">
        <span className="visually-hidden">Standfirst</span>
        <textarea
          aria-label="Standfirst"
          className="standfirst-input"
          placeholder="Standfirst: one or two sentences that tell the reader what this article gives them"
          rows={2}
          value={metadata.standfirst}
          onChange={(event) => set({ standfirst: event.target.value })}
        />
      </label>
      <details className="metadata-details">
        <summary>Article details</summary>
        <div className="metadata-grid">
          <label>
            Category
            <input
              value={metadata.category}
              onChange={(event) => set({ category: event.target.value })}
            />
          </label>
          <label>
            Slug
            <span className="slug-row">
              <input
                value={metadata.slug}
                onChange={(event) =>
                  set({ slug: slugify(event.target.value) || '', slugLocked: true })
                }
              />
              {metadata.slugLocked && (
                <button
                  type="button"
                  onClick={() => set({ slug: slugify(metadata.title), slugLocked: false })}
                  title="Derive the slug from the title again"
                >
                  From title
                </button>
              )}
            </span>
          </label>
          <label>
            Authors
            <input
              value={authorsText}
              placeholder="Names, separated by commas"
              onChange={(event) => {
                setAuthorsText(event.target.value);
                set({ authors: parseNames(event.target.value) });
              }}
            />
          </label>
          <label>
            Medical reviewer
            <input
              value={metadata.medicalReviewer}
              onChange={(event) => set({ medicalReviewer: event.target.value })}
            />
          </label>
          <label>
            Last reviewed
            <input
              type="date"
              value={metadata.lastReviewed ?? ''}
              onChange={(event) => set({ lastReviewed: event.target.value || null })}
            />
          </label>
          <label>
            Publication date
            <input
              type="date"
              value={metadata.publishedOn ?? ''}
              onChange={(event) => set({ publishedOn: event.target.value || null })}
            />
          </label>
          <label className="span-2">
            Disclaimer
            <textarea
              rows={2}
              value={metadata.disclaimer}
              onChange={(event) => set({ disclaimer: event.target.value })}
            />
          </label>
        </div>
      </details>
    </div>
  );
}

function parseNames(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter(Boolean);
}
