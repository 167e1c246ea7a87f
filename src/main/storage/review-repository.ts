import type { Database, Statement } from 'better-sqlite3';
import type { Profile } from '../../core/review/profile';
import type { Comment, SignOff, Thread } from '../../core/review/thread';

interface ThreadRow {
  id: string;
  draft_id: string;
  quote: string;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

interface CommentRow {
  id: string;
  thread_id: string;
  author: string;
  body: string;
  created_at: string;
}

interface SignOffRow {
  id: string;
  draft_id: string;
  revision: number;
  signer: string;
  statement: string;
  created_at: string;
}

/** SQL for comment threads, their comments, sign-offs, suggestion decisions and packages. */
export class ReviewRepository {
  private readonly upsertThreadRow: Statement;
  private readonly threadById: Statement<[string], ThreadRow>;
  private readonly threadsOfDraft: Statement<[string], ThreadRow>;
  private readonly insertCommentRow: Statement;
  private readonly commentsOfDraft: Statement<[string], CommentRow>;
  private readonly insertSignOffRow: Statement;
  private readonly signOffsOfDraft: Statement<[string], SignOffRow>;
  private readonly insertDecision: Statement;
  private readonly decisionsOfDraft: Statement<[string], { suggestion_id: string }>;
  private readonly insertPackage: Statement;
  private readonly packageById: Statement<[string], { package_id: string; at: string }>;
  private readonly lastReceived: Statement<[string], { package_id: string; revision: number }>;
  private readonly openThreads: Statement<[string], { n: number }>;

  constructor(db: Database) {
    this.upsertThreadRow = db.prepare(`
      INSERT INTO threads (id, draft_id, quote, status, created_by, created_at, updated_at, resolved_by, resolved_at)
      VALUES (@id, @draft_id, @quote, @status, @created_by, @created_at, @updated_at, @resolved_by, @resolved_at)
      ON CONFLICT (id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
        resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at`);
    this.threadById = db.prepare('SELECT * FROM threads WHERE id = ?');
    this.threadsOfDraft = db.prepare(
      'SELECT * FROM threads WHERE draft_id = ? ORDER BY created_at, rowid',
    );
    this.insertCommentRow = db.prepare(`
      INSERT OR IGNORE INTO comments (id, thread_id, author, body, created_at)
      VALUES (@id, @thread_id, @author, @body, @created_at)`);
    this.commentsOfDraft = db.prepare(`
      SELECT c.* FROM comments c JOIN threads t ON t.id = c.thread_id
      WHERE t.draft_id = ? ORDER BY c.created_at, c.rowid`);
    this.insertSignOffRow = db.prepare(`
      INSERT OR IGNORE INTO sign_offs (id, draft_id, revision, signer, statement, created_at)
      VALUES (@id, @draft_id, @revision, @signer, @statement, @created_at)`);
    this.signOffsOfDraft = db.prepare(
      'SELECT * FROM sign_offs WHERE draft_id = ? ORDER BY created_at, rowid',
    );
    this.insertDecision = db.prepare(`
      INSERT OR REPLACE INTO suggestion_decisions (draft_id, suggestion_id, decision, decided_by, decided_at)
      VALUES (?, ?, ?, ?, ?)`);
    this.decisionsOfDraft = db.prepare(
      'SELECT suggestion_id FROM suggestion_decisions WHERE draft_id = ?',
    );
    this.insertPackage = db.prepare(
      'INSERT OR IGNORE INTO review_packages (package_id, draft_id, direction, revision, at) VALUES (?, ?, ?, ?, ?)',
    );
    this.packageById = db.prepare(
      'SELECT package_id, at FROM review_packages WHERE package_id = ?',
    );
    this.lastReceived = db.prepare(`
      SELECT package_id, revision FROM review_packages
      WHERE draft_id = ? AND direction = 'received' ORDER BY at DESC, rowid DESC LIMIT 1`);
    this.openThreads = db.prepare(
      "SELECT count(*) AS n FROM threads WHERE draft_id = ? AND status = 'open'",
    );
  }

  /** Stores a thread, or its new status when it exists. */
  saveThread(thread: Thread): void {
    this.upsertThreadRow.run({
      id: thread.id,
      draft_id: thread.draftId,
      quote: thread.quote,
      status: thread.status,
      created_by: JSON.stringify(thread.createdBy),
      created_at: thread.createdAt,
      updated_at: thread.updatedAt,
      resolved_by: thread.resolvedBy ? JSON.stringify(thread.resolvedBy) : null,
      resolved_at: thread.resolvedAt,
    });
  }

  /** One thread, or null. */
  thread(id: string): Thread | null {
    const row = this.threadById.get(id);
    return row ? toThread(row) : null;
  }

  /** A draft's threads, oldest first. */
  threads(draftId: string): Thread[] {
    return this.threadsOfDraft.all(draftId).map(toThread);
  }

  /** How many of a draft's threads are open. */
  openThreadCount(draftId: string): number {
    return this.openThreads.get(draftId)?.n ?? 0;
  }

  /** Adds a comment (an id already stored is ignored: merges are idempotent). */
  addComment(comment: Comment): void {
    this.insertCommentRow.run({
      id: comment.id,
      thread_id: comment.threadId,
      author: JSON.stringify(comment.author),
      body: comment.body,
      created_at: comment.createdAt,
    });
  }

  /** Every comment on a draft, oldest first. */
  comments(draftId: string): Comment[] {
    return this.commentsOfDraft.all(draftId).map((row) => ({
      id: row.id,
      threadId: row.thread_id,
      author: JSON.parse(row.author) as Profile,
      body: row.body,
      createdAt: row.created_at,
    }));
  }

  /** Records a sign-off (idempotent by id). */
  addSignOff(signOff: SignOff): void {
    this.insertSignOffRow.run({
      id: signOff.id,
      draft_id: signOff.draftId,
      revision: signOff.revision,
      signer: JSON.stringify(signOff.signer),
      statement: signOff.statement,
      created_at: signOff.createdAt,
    });
  }

  /** A draft's sign-offs, oldest first. */
  signOffs(draftId: string): SignOff[] {
    return this.signOffsOfDraft.all(draftId).map((row) => ({
      id: row.id,
      draftId: row.draft_id,
      revision: row.revision,
      signer: JSON.parse(row.signer) as Profile,
      statement: row.statement,
      createdAt: row.created_at,
    }));
  }

  /** Remembers that suggestions were accepted or rejected. */
  decide(
    draftId: string,
    ids: readonly string[],
    decision: 'accept' | 'reject',
    by: Profile,
    at: string,
  ): void {
    for (const id of ids) this.insertDecision.run(draftId, id, decision, JSON.stringify(by), at);
  }

  /** Ids of a draft's decided suggestions. */
  decidedSuggestionIds(draftId: string): string[] {
    return this.decisionsOfDraft.all(draftId).map((row) => row.suggestion_id);
  }

  /** Remembers a package sent or received, with the draft revision it carried. */
  recordPackage(
    packageId: string,
    draftId: string,
    direction: 'sent' | 'received',
    revision: number,
    at: string,
  ): void {
    this.insertPackage.run(packageId, draftId, direction, revision, at);
  }

  /** When a package was sent or received here, or null if never. */
  packageSeenAt(packageId: string): string | null {
    return this.packageById.get(packageId)?.at ?? null;
  }

  /** The last package received for a draft: what a package sent back answers. */
  lastReceivedPackage(draftId: string): { packageId: string; revision: number } | null {
    const row = this.lastReceived.get(draftId);
    return row ? { packageId: row.package_id, revision: row.revision } : null;
  }
}

function toThread(row: ThreadRow): Thread {
  return {
    id: row.id,
    draftId: row.draft_id,
    quote: row.quote,
    status: row.status as Thread['status'],
    createdBy: JSON.parse(row.created_by) as Profile,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    resolvedBy: row.resolved_by ? (JSON.parse(row.resolved_by) as Profile) : null,
    resolvedAt: row.resolved_at,
  };
}
