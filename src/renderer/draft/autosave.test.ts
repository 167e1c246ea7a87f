import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type VettedApi } from '../../core/api';
import { emptyMetadata } from '../../core/document/metadata';
import { AutosaveController, type SaveState } from './autosave';

type SaveInput = Parameters<VettedApi['drafts']['save']>[0];

function setup(save: (input: SaveInput) => Promise<unknown>) {
  const states: SaveState[] = [];
  const api = { drafts: { save } } as unknown as VettedApi;
  let text = 'one';
  const controller = new AutosaveController(
    api,
    'draft-1',
    3,
    {
      metadata: () => emptyMetadata('Title'),
      doc: () => ({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      }),
    },
    (state) => states.push(state),
  );
  return { controller, states, type: (next: string) => (text = next) };
}

const savedAt = (revision: number) => ({
  id: 'draft-1',
  revision,
  updatedAt: '2026-11-24T14:02:00.000Z',
  wordCount: 1,
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves one second after the writer pauses, based on the last revision', async () => {
    const calls: SaveInput[] = [];
    const { controller, states } = setup(async (input) => {
      calls.push(input);
      return savedAt(input.baseRevision + 1);
    });
    controller.markDirty('doc');
    await vi.advanceTimersByTimeAsync(900);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ id: 'draft-1', baseRevision: 3 });
    expect(calls[0]?.doc).toBeDefined();
    expect(states.at(-1)).toEqual({ kind: 'saved', at: '2026-11-24T14:02:00.000Z' });

    controller.markDirty('metadata');
    await vi.advanceTimersByTimeAsync(1100);
    expect(calls[1]).toMatchObject({ baseRevision: 4 });
    expect(calls[1]?.doc).toBeUndefined();
  });

  it('saves at least every five seconds while the writer keeps typing', async () => {
    const calls: SaveInput[] = [];
    const { controller } = setup(async (input) => {
      calls.push(input);
      return savedAt(input.baseRevision + 1);
    });
    for (let elapsed = 0; elapsed < 5400; elapsed += 300) {
      controller.markDirty('doc');
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(calls).toHaveLength(1);
  });

  it('keeps the edit and retries when saving fails, showing that it is not saved', async () => {
    let fail = true;
    const calls: SaveInput[] = [];
    const { controller, states } = setup(async (input) => {
      calls.push(input);
      if (fail) throw new ApiError('unavailable', 'Vetted is not reachable.');
      return savedAt(input.baseRevision + 1);
    });
    controller.markDirty('doc');
    await vi.advanceTimersByTimeAsync(1100);
    expect(states.at(-1)).toMatchObject({ kind: 'retrying' });
    expect(controller.hasUnsavedChanges).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(2100);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.doc).toBeDefined();
    expect(states.at(-1)).toMatchObject({ kind: 'saved' });
    expect(controller.hasUnsavedChanges).toBe(false);
  });

  it('stops on a conflict instead of overwriting, and keeps the edit pending', async () => {
    const calls: SaveInput[] = [];
    const { controller, states } = setup(async (input) => {
      calls.push(input);
      throw new ApiError('conflict', 'Changed in another window.', {
        details: { currentRevision: 9, updatedAt: 'x' },
      });
    });
    controller.markDirty('doc');
    await vi.advanceTimersByTimeAsync(1100);
    expect(states.at(-1)).toEqual({
      kind: 'conflict',
      message: 'Changed in another window.',
      currentRevision: 9,
    });
    controller.markDirty('doc');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    expect(controller.hasUnsavedChanges).toBe(true);
  });

  it('flush saves immediately and waits for it', async () => {
    const calls: SaveInput[] = [];
    const { controller, type } = setup(async (input) => {
      calls.push(input);
      return savedAt(input.baseRevision + 1);
    });
    type('the last words');
    controller.markDirty('doc');
    await controller.flush();
    expect(calls).toHaveLength(1);
    expect(JSON.stringify(calls[0]?.doc)).toContain('the last words');
    expect(controller.baseRevision).toBe(4);
  });
});
