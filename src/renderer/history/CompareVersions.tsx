import { useEffect, useMemo, useState } from 'react';
import type { JSONContent } from '@tiptap/core';
import type { VersionSummary } from '../../core/api';
import { compareDocs, type BlockDiff, type DocDiff } from '../../core/review';
import { useApi } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { errorMessage, formatDayTime } from '../ui/format';
import { describeVersion } from './describeVersion';

/** The text being written now, as a choice beside the stored versions. */
const CURRENT = 'current';

interface CompareVersionsProps {
  draftId: string;
  versions: readonly VersionSummary[];
  open: boolean;
  onClose: () => void;
  /** Saves pending edits and returns the current body. */
  currentDoc: () => Promise<JSONContent>;
}

const tagOf = (block: BlockDiff): string => {
  const info = block.kind === 'removed' ? block.before : block.after;
  if (info.type === 'heading') return `h${Math.min(6, (info.level ?? 2) + 1)}`;
  return 'p';
};

const isListItem = (block: BlockDiff): boolean =>
  (block.kind === 'removed' ? block.before : block.after).containers.includes('listItem');

function DiffBlock({ block }: { block: BlockDiff }) {
  const Tag = tagOf(block) as 'p';
  const className = ['diff-block', `diff-${block.kind}`, isListItem(block) ? 'diff-list-item' : '']
    .filter(Boolean)
    .join(' ');
  if (block.kind === 'changed')
    return (
      <Tag className={className}>
        {block.parts.map((part, index) =>
          part.kind === 'added' ? (
            <ins key={index}>{part.text}</ins>
          ) : part.kind === 'removed' ? (
            <del key={index}>{part.text}</del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </Tag>
    );
  if (block.kind === 'added')
    return (
      <Tag className={className}>
        <ins>{block.text}</ins>
      </Tag>
    );
  if (block.kind === 'removed')
    return (
      <Tag className={className}>
        <del>{block.text}</del>
      </Tag>
    );
  return <Tag className={className}>{block.text}</Tag>;
}

function VersionChoice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { id: string; label: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * "Compare versions": any two versions (or a version and the current text) side by
 * side in one reading: blocks added, removed and changed, words inserted and deleted.
 */
export function CompareVersions({
  draftId,
  versions,
  open,
  onClose,
  currentDoc,
}: CompareVersionsProps) {
  const api = useApi();
  const [older, setOlder] = useState<string>(versions[0]?.id ?? '');
  const [newer, setNewer] = useState<string>(CURRENT);
  const [docs, setDocs] = useState<{ before: JSONContent; after: JSONContent } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!open || !older) return;
    let live = true;
    const load = (id: string) =>
      id === CURRENT
        ? currentDoc()
        : api.versions.get({ id }).then((version) => version.doc as JSONContent);
    Promise.all([load(older), load(newer)])
      .then(([before, after]) => live && setDocs({ before, after }))
      .catch((error: unknown) => live && setProblem(errorMessage(error)));
    return () => {
      live = false;
    };
  }, [api, draftId, older, newer, open, currentDoc]);

  const diff: DocDiff | null = useMemo(
    () =>
      docs ? compareDocs(docs.before, docs.after, { citationText: () => '[citation]' }) : null,
    [docs],
  );

  const options = [
    { id: CURRENT, label: 'Current text' },
    ...versions.map((version) => ({
      id: version.id,
      label: `${describeVersion(version)} · ${formatDayTime(version.createdAt)}`,
    })),
  ];

  return (
    <Dialog title="Compare versions" open={open} onClose={onClose} className="compare-dialog">
      <div className="compare-choices">
        <VersionChoice label="Older" value={older} options={options} onChange={setOlder} />
        <VersionChoice label="Newer" value={newer} options={options} onChange={setNewer} />
      </div>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      {diff && (
        <>
          <p className="muted" role="status">
            {diff.identical
              ? 'The two versions are the same.'
              : `${diff.stats.wordsAdded} words added, ${diff.stats.wordsRemoved} removed · ${diff.stats.blocksChanged} paragraphs changed, ${diff.stats.blocksAdded} added, ${diff.stats.blocksRemoved} removed`}
          </p>
          <section className="compare-body" aria-label="Differences">
            {diff.blocks.map((block, index) => (
              <DiffBlock key={index} block={block} />
            ))}
          </section>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
