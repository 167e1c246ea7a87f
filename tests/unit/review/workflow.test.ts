import { describe, expect, it } from 'vitest';
import { DRAFT_STATUSES } from '../../../src/core/document/metadata';
import { checkTransition, nextStatuses, type TransitionContext } from '../../../src/core/review';

const clear: TransitionContext = { actorRole: 'reviewer', openThreads: 0, unwaivedErrors: 0 };
const messages = (...args: Parameters<typeof checkTransition>) =>
  checkTransition(...args).map((b) => b.message);

describe('workflow gate', () => {
  it('lets anyone send a draft for review', () => {
    for (const actorRole of ['writer', 'reviewer', 'editor'] as const) {
      expect(checkTransition('draft', 'in-review', { ...clear, actorRole })).toEqual([]);
    }
  });

  it('lets a reviewer approve a draft with no open threads and no unwaived errors', () => {
    expect(checkTransition('in-review', 'approved', clear)).toEqual([]);
  });

  it('only a reviewer can approve', () => {
    for (const actorRole of ['writer', 'editor'] as const) {
      expect(checkTransition('in-review', 'approved', { ...clear, actorRole })).toEqual([
        { code: 'role', message: 'Only a reviewer can approve' },
      ]);
    }
  });

  it('counts open threads and unwaived compliance errors, in plain words', () => {
    expect(messages('in-review', 'approved', { ...clear, openThreads: 2 })).toEqual([
      '2 comment threads are still open',
    ]);
    expect(messages('in-review', 'approved', { ...clear, openThreads: 1 })).toEqual([
      '1 comment thread is still open',
    ]);
    expect(messages('in-review', 'approved', { ...clear, unwaivedErrors: 3 })).toEqual([
      '3 compliance errors are not waived',
    ]);
    expect(messages('in-review', 'approved', { ...clear, unwaivedErrors: 1 })).toEqual([
      '1 compliance error is not waived',
    ]);
  });

  it('refuses approval while suggestions are pending, saying so', () => {
    expect(messages('in-review', 'approved', { ...clear, pendingSuggestions: 2 })).toEqual([
      '2 suggestions are still pending: accept or reject them before approving',
    ]);
    expect(messages('in-review', 'approved', { ...clear, pendingSuggestions: 0 })).toEqual([]);
  });

  it('lists every blocker at once', () => {
    expect(
      checkTransition('in-review', 'approved', {
        actorRole: 'writer',
        openThreads: 2,
        unwaivedErrors: 3,
      }).map((b) => b.code),
    ).toEqual(['role', 'open-threads', 'compliance']);
  });

  it('publishing is an export by an editor of an approved draft', () => {
    const editor: TransitionContext = { ...clear, actorRole: 'editor' };
    expect(checkTransition('approved', 'published', { ...editor, viaExport: true })).toEqual([]);
    expect(messages('approved', 'published', editor)).toEqual([
      'Publishing is an export by an editor',
    ]);
    expect(messages('approved', 'published', { ...clear, viaExport: true })).toEqual([
      'Only an editor can publish',
    ]);
    expect(messages('in-review', 'published', { ...editor, viaExport: true })).toEqual([
      'Only an approved draft can be published',
    ]);
    expect(messages('draft', 'published', { ...editor, viaExport: true })).toEqual([
      'Only an approved draft can be published',
    ]);
  });

  it('going back to draft needs a reason, from every later status', () => {
    for (const from of ['in-review', 'approved', 'published'] as const) {
      expect(messages(from, 'draft', clear)).toEqual([
        'A reason is required to move back to draft',
      ]);
      expect(messages(from, 'draft', { ...clear, reason: '   ' })).toEqual([
        'A reason is required to move back to draft',
      ]);
      expect(
        checkTransition(from, 'draft', {
          ...clear,
          actorRole: 'writer',
          reason: 'New trial results',
        }),
      ).toEqual([]);
    }
  });

  it('refuses skipping review and moving sideways', () => {
    expect(checkTransition('draft', 'approved', clear)).toEqual([
      { code: 'not-allowed', message: 'Only a draft in review can be approved' },
    ]);
    expect(messages('approved', 'in-review', clear)).toEqual([
      'Only a draft can be sent for review; move it back to draft first',
    ]);
    expect(messages('published', 'approved', clear)).toEqual([
      'Only a draft in review can be approved',
    ]);
    expect(messages('approved', 'approved', clear)).toEqual(['The draft is already approved']);
  });

  it('offers exactly the moves the gate knows', () => {
    expect(nextStatuses('draft')).toEqual(['in-review']);
    expect(nextStatuses('in-review')).toEqual(['approved', 'draft']);
    expect(nextStatuses('approved')).toEqual(['published', 'draft']);
    expect(nextStatuses('published')).toEqual(['draft']);
    for (const from of DRAFT_STATUSES) {
      for (const to of DRAFT_STATUSES) {
        const allowed = nextStatuses(from).includes(to);
        const blockers = checkTransition(from, to, clear).map((b) => b.code);
        expect(blockers.includes('not-allowed') || blockers.includes('same-status')).toBe(!allowed);
      }
    }
  });
});
