import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { doc, p } from '../../../src/core/document/builders';
import { articleSchema } from '../../../src/core/document/schema';
import {
  Comment,
  Profile,
  Thread,
  initialsFor,
  listSuggestions,
  reopenThread,
  resolveThread,
  suggestingPlugin,
} from '../../../src/core/review';

const rui = { id: 'u-rui', name: 'Rui Reviewer', initials: 'RR', role: 'reviewer' as const };
const open: Thread = {
  id: 't1',
  draftId: 'd1',
  quote: 'a fever',
  status: 'open',
  createdBy: rui,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
  resolvedBy: null,
  resolvedAt: null,
};

describe('profiles', () => {
  it('makes initials from the first and last words of a name', () => {
    expect(initialsFor('Ana María López')).toBe('AL');
    expect(initialsFor('  rui ')).toBe('R');
    expect(initialsFor('Dr. (Joana) Silva')).toBe('DS');
    expect(initialsFor('Élodie Ørsted')).toBe('ÉØ');
    expect(initialsFor('')).toBe('');
  });

  it('validates a profile with messages for the form', () => {
    expect(Profile.parse({ ...rui, name: '  Rui  ' }).name).toBe('Rui');
    const bad = Profile.safeParse({ id: 'u1', name: ' ', initials: 'ABCDE', role: 'boss' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((issue) => issue.message)).toEqual([
      'Give your name',
      'Use at most 4 characters for initials',
      expect.stringContaining('writer'),
    ]);
  });
});

describe('threads', () => {
  it('resolves and reopens, keeping who and when', () => {
    const resolved = resolveThread(open, rui, '2025-03-02T10:00:00.000Z');
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedBy: rui,
      updatedAt: '2025-03-02T10:00:00.000Z',
    });
    expect(Thread.safeParse(resolved).success).toBe(true);
    const reopened = reopenThread(resolved, '2025-03-03T10:00:00.000Z');
    expect(reopened).toMatchObject({ status: 'open', resolvedBy: null, resolvedAt: null });
    expect(Thread.safeParse(reopened).success).toBe(true);
  });

  it('refuses a resolved thread without who resolved it', () => {
    expect(Thread.safeParse({ ...open, status: 'resolved' }).success).toBe(false);
  });

  it('refuses an empty comment', () => {
    const comment = {
      id: 'c1',
      threadId: 't1',
      author: rui,
      body: '   ',
      createdAt: open.createdAt,
    };
    expect(Comment.safeParse(comment).error?.issues[0]?.message).toBe('Write a comment');
  });
});

describe('default suggestion ids and times', () => {
  it('gives each suggestion its own id and an ISO time', () => {
    const schema = articleSchema();
    let state = EditorState.create({
      schema,
      doc: schema.nodeFromJSON(doc(p('ab'))),
      plugins: [suggestingPlugin({ author: { id: 'u', name: 'U' }, enabled: true })],
    });
    state = state.apply(state.tr.insertText('x', 1));
    state = state.apply(state.tr.insertText('y', 4));
    const suggestions = listSuggestions(state.doc);
    expect(suggestions).toHaveLength(2);
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(2);
    for (const suggestion of suggestions) {
      expect(suggestion.id).toMatch(/^s-[0-9a-z]+-[0-9a-z]+-[0-9a-z]+$/);
      expect(new Date(suggestion.createdAt).toISOString()).toBe(suggestion.createdAt);
    }
  });
});
