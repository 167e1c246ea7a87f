import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { useMemo, useState, type FormEvent } from 'react';
import { ROLE_LABELS } from '../../core/review/profile';
import { anchorThreads, type AnchoredThread } from '../../core/review/comments/comment-anchors';
import { addCommentMark } from '../../core/review/comments/comment-commands';
import type { Comment } from '../../core/review/thread';
import { errorMessage, formatDayTime } from '../ui/format';
import { SuggestionsSection } from './SuggestionsSection';
import { useDocSnapshot } from './useDocSnapshot';
import type { useThreads } from './useThreads';

/** Text selected for a new comment, waiting for its first message. */
export interface PendingComment {
  from: number;
  to: number;
  quote: string;
}

type Filter = 'open' | 'resolved' | 'all';

interface CommentsPanelProps {
  editor: Editor;
  draftId: string;
  threads: ReturnType<typeof useThreads>;
  pending: PendingComment | null;
  onPendingDone: () => void;
}

/**
 * Comment threads in reading order (orphaned ones last, with their quote), a box
 * for a new comment on the selected text, replies, resolve and reopen; and the
 * suggested edits with accept and reject.
 */
export function CommentsPanel({
  editor,
  draftId,
  threads,
  pending,
  onPendingDone,
}: CommentsPanelProps) {
  const doc = useDocSnapshot(editor);
  const [filter, setFilter] = useState<Filter>('open');
  const [problem, setProblem] = useState<string | null>(null);
  const anchored = useMemo(() => anchorThreads(doc, threads.threads), [doc, threads.threads]);
  const shown = anchored.filter((item) => filter === 'all' || item.thread.status === filter);
  const counts = {
    open: anchored.filter((item) => item.thread.status === 'open').length,
    resolved: anchored.filter((item) => item.thread.status === 'resolved').length,
  };

  const act = (work: () => Promise<unknown>) => {
    setProblem(null);
    work().catch((error: unknown) => setProblem(errorMessage(error)));
  };

  const post = async (body: string) => {
    if (!pending) return;
    const threadId = crypto.randomUUID();
    await threads.start(threadId, pending.quote, body);
    const to = Math.min(pending.to, editor.state.doc.content.size);
    editor.view.dispatch(addCommentMark(editor.state.tr, pending.from, to, threadId));
    onPendingDone();
    setFilter((current) => (current === 'resolved' ? 'open' : current));
  };

  const reveal = (item: AnchoredThread) => {
    if (!item.anchor) return;
    const { from, to } = item.anchor;
    editor.view.dispatch(
      editor.state.tr
        .setSelection(TextSelection.create(editor.state.doc, from, to))
        .scrollIntoView(),
    );
    editor.commands.focus();
  };

  return (
    <div className="review-panel">
      <section className="side-section comments" aria-label="Comments">
        <h2>Comments</h2>
        {pending && <Composer quote={pending.quote} onPost={post} onCancel={onPendingDone} />}
        <div className="filter-row" role="group" aria-label="Show threads">
          {(['open', 'resolved', 'all'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={filter === option}
              onClick={() => setFilter(option)}
            >
              {option === 'open'
                ? `Open (${counts.open})`
                : option === 'resolved'
                  ? `Resolved (${counts.resolved})`
                  : 'All'}
            </button>
          ))}
        </div>
        {(problem ?? threads.error) && (
          <p role="alert" className="error-text">
            {problem ?? threads.error}
          </p>
        )}
        {shown.length === 0 && !pending && (
          <p className="muted">
            {filter === 'open'
              ? 'No open comments. Select text and choose “Comment” (Ctrl+Alt+M).'
              : 'Nothing here.'}
          </p>
        )}
        <ol className="thread-list">
          {shown.map((item) => (
            <ThreadCard
              key={item.thread.id}
              item={item}
              comments={threads.comments.filter((comment) => comment.threadId === item.thread.id)}
              onReveal={() => reveal(item)}
              onReply={(body) => threads.reply(item.thread.id, body)}
              onResolve={() => act(() => threads.resolve(item.thread.id))}
              onReopen={() => act(() => threads.reopen(item.thread.id))}
            />
          ))}
        </ol>
      </section>
      <SuggestionsSection editor={editor} doc={doc} draftId={draftId} />
    </div>
  );
}

function Composer({
  quote,
  onPost,
  onCancel,
}: {
  quote: string;
  onPost: (body: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setProblem('Write your comment first.');
      return;
    }
    try {
      await onPost(body);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <form className="composer" onSubmit={submit}>
      <blockquote className="thread-quote">{quote}</blockquote>
      <label>
        <span className="visually-hidden">Comment text</span>
        <textarea
          aria-label="Comment text"
          autoFocus
          rows={3}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          placeholder="Add a comment…"
        />
      </label>
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary">
          Post
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface ThreadCardProps {
  item: AnchoredThread;
  comments: Comment[];
  onReveal: () => void;
  onReply: (body: string) => Promise<void>;
  onResolve: () => void;
  onReopen: () => void;
}

function ThreadCard({ item, comments, onReveal, onReply, onResolve, onReopen }: ThreadCardProps) {
  const [reply, setReply] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { thread } = item;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onReply(reply);
      setReply('');
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <li
      className={`thread ${thread.status}${item.orphaned ? ' orphaned' : ''}`}
      aria-label={`Comment thread on “${item.quote}”`}
    >
      <div className="thread-head">
        {item.orphaned ? (
          <span className="orphaned-badge" title="The text this thread was on has been deleted">
            Orphaned
          </span>
        ) : null}
        {thread.status === 'resolved' && <span className="resolved-badge">Resolved</span>}
      </div>
      {item.orphaned ? (
        <blockquote className="thread-quote deleted">{item.quote}</blockquote>
      ) : (
        <button
          type="button"
          className="thread-quote quote-button"
          onClick={onReveal}
          title="Show in the text"
        >
          {item.quote}
        </button>
      )}
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <span className="avatar small" aria-hidden="true">
              {comment.author.initials}
            </span>
            <div>
              <div className="comment-meta">
                <strong>{comment.author.name}</strong>{' '}
                <span className="muted">{ROLE_LABELS[comment.author.role]}</span>{' '}
                <time className="muted" dateTime={comment.createdAt}>
                  {formatDayTime(comment.createdAt)}
                </time>
              </div>
              <p className="comment-body">{comment.body}</p>
            </div>
          </li>
        ))}
      </ol>
      {thread.status === 'resolved' && thread.resolvedBy && (
        <p className="muted small">
          Resolved by {thread.resolvedBy.name}{' '}
          {thread.resolvedAt ? formatDayTime(thread.resolvedAt) : ''}
        </p>
      )}
      {thread.status === 'open' && (
        <form className="reply-form" onSubmit={submit}>
          <input
            aria-label="Reply text"
            placeholder="Reply…"
            value={reply}
            onChange={(event) => setReply(event.target.value)}
          />
          <button type="submit" disabled={!reply.trim()}>
            Reply
          </button>
        </form>
      )}
      {problem && (
        <p role="alert" className="error-text">
          {problem}
        </p>
      )}
      <div className="button-row">
        {thread.status === 'open' ? (
          <button type="button" onClick={onResolve}>
            Resolve
          </button>
        ) : (
          <button type="button" onClick={onReopen}>
            Reopen
          </button>
        )}
      </div>
    </li>
  );
}
