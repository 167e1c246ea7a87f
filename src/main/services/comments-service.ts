import { ApiError, type ThreadsView, type VettedHandlers } from '../../core/api';
import { reopenThread, resolveThread, type Thread } from '../../core/review/thread';
import type { Library } from '../storage/library';
import type { ServiceContext } from './context';
import { requireDraft } from './drafts-service';
import { requireSelf } from './self-profile';

/** The comments namespace: threads anchored to text, replies, resolve and reopen. */
export function commentsService(context: ServiceContext): VettedHandlers['comments'] {
  const library = () => context.host.library();
  const now = () => context.now().toISOString();
  const view = (lib: Library, draftId: string): ThreadsView => ({
    threads: lib.review.threads(draftId),
    comments: lib.review.comments(draftId),
  });

  return {
    list: ({ draftId }) => {
      const lib = library();
      requireDraft(lib, draftId);
      return view(lib, draftId);
    },

    start: ({ draftId, threadId, quote, body }) => {
      const lib = library();
      return lib.transaction(() => {
        requireDraft(lib, draftId);
        if (lib.review.thread(threadId))
          throw new ApiError('conflict', 'A thread with this id already exists.');
        const self = requireSelf(lib);
        const at = now();
        lib.review.saveThread({
          id: threadId,
          draftId,
          quote,
          status: 'open',
          createdBy: self,
          createdAt: at,
          updatedAt: at,
          resolvedBy: null,
          resolvedAt: null,
        });
        lib.review.addComment({ id: context.newId(), threadId, author: self, body, createdAt: at });
        audit(lib, draftId, self.name, at, 'thread-started', { threadId, quote, body });
        return view(lib, draftId);
      });
    },

    reply: ({ threadId, body }) => {
      const lib = library();
      return lib.transaction(() => {
        const thread = requireThread(lib, threadId);
        const self = requireSelf(lib);
        const at = now();
        lib.review.addComment({ id: context.newId(), threadId, author: self, body, createdAt: at });
        audit(lib, thread.draftId, self.name, at, 'comment-replied', {
          threadId,
          quote: thread.quote,
          body,
        });
        return view(lib, thread.draftId);
      });
    },

    resolve: ({ threadId }) => {
      const lib = library();
      return lib.transaction(() => {
        const thread = requireThread(lib, threadId);
        const self = requireSelf(lib);
        // Resolving a resolved thread (a double click) changes nothing and audits nothing.
        if (thread.status !== 'resolved') {
          const at = now();
          lib.review.saveThread(resolveThread(thread, self, at));
          audit(lib, thread.draftId, self.name, at, 'thread-resolved', {
            threadId,
            quote: thread.quote,
          });
        }
        return view(lib, thread.draftId);
      });
    },

    reopen: ({ threadId }) => {
      const lib = library();
      return lib.transaction(() => {
        const thread = requireThread(lib, threadId);
        const self = requireSelf(lib);
        if (thread.status !== 'open') {
          const at = now();
          lib.review.saveThread(reopenThread(thread, at));
          audit(lib, thread.draftId, self.name, at, 'thread-reopened', {
            threadId,
            quote: thread.quote,
          });
        }
        return view(lib, thread.draftId);
      });
    },
  };
}

function audit(
  library: Library,
  draftId: string,
  actor: string,
  at: string,
  action: string,
  detail: Record<string, unknown>,
): void {
  library.audit.append({ draftId, at, actor, action, detail });
}

function requireThread(library: Library, id: string): Thread {
  const thread = library.review.thread(id);
  if (!thread)
    throw new ApiError('not_found', 'This comment thread no longer exists.', {
      path: ['threadId'],
    });
  return thread;
}
