import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, isApiError } from './errors';
import {
  clientFromBridge,
  makeBridge,
  makeDispatcher,
  method,
  type HandlersOf,
  type Transport,
} from './define';

const testContract = {
  notes: {
    add: method({
      summary: 'Adds a note.',
      input: z.object({
        text: z.string().min(1, 'Write something'),
        tags: z.array(z.string()).default([]),
      }),
      output: z.object({ id: z.number(), text: z.string(), tags: z.array(z.string()) }),
    }),
    get: method({
      summary: 'Gets a note.',
      input: z.object({ id: z.number().int() }),
      output: z.object({ id: z.number(), text: z.string() }),
    }),
  },
};

function setup(options: { validateOutput?: boolean } = {}) {
  const notes = new Map<number, string>();
  const unexpected: unknown[] = [];
  const handlers: HandlersOf<typeof testContract> = {
    notes: {
      add: ({ text, tags }) => {
        const id = notes.size + 1;
        notes.set(id, text);
        return { id, text, tags };
      },
      get: ({ id }) => {
        if (id === 666) throw new Error('disk on fire');
        if (id === 777) return { id, text: 42 } as unknown as { id: number; text: string };
        const text = notes.get(id);
        if (text === undefined) throw new ApiError('not_found', `No note ${id}.`);
        return { id, text };
      },
    },
  };
  const dispatcher = makeDispatcher(testContract, handlers, {
    validateOutput: options.validateOutput ?? true,
    onUnexpectedError: (_method, error) => unexpected.push(error),
  });
  // Like IPC: values are structured-cloned on the way in and out.
  const transport: Transport = async (name, input) =>
    structuredClone(await dispatcher(name, structuredClone(input)));
  const client = clientFromBridge(testContract, makeBridge(testContract, transport));
  return { client, dispatcher, unexpected };
}

describe('the contract plumbing', () => {
  it('runs a call end to end, applying input defaults', async () => {
    const { client } = setup();
    await expect(client.notes.add({ text: 'hello' })).resolves.toEqual({
      id: 1,
      text: 'hello',
      tags: [],
    });
    await expect(client.notes.get({ id: 1 })).resolves.toEqual({ id: 1, text: 'hello' });
  });

  it('answers bad input with a structured error naming the field', async () => {
    const { dispatcher } = setup();
    await expect(dispatcher('notes.add', { text: '' })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'text: Write something', path: ['text'] },
    });
    const wrongType = await dispatcher('notes.get', { id: 'one' });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input', path: ['id'] } });
    const notAnObject = await dispatcher('notes.get', 'nonsense');
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('reports unknown methods and service errors without crashing', async () => {
    const { dispatcher, client, unexpected } = setup();
    expect(await dispatcher('notes.delete', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const error = await client.notes.get({ id: 9 }).catch((reason: unknown) => reason);
    expect(isApiError(error, 'not_found')).toBe(true);
    expect((error as ApiError).message).toBe('No note 9.');
    const crash = await dispatcher('notes.get', { id: 666 });
    expect(crash).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(unexpected).toHaveLength(1);
  });

  it('catches a handler that breaks its own output schema', async () => {
    const { dispatcher } = setup({ validateOutput: true });
    expect(await dispatcher('notes.get', { id: 777 })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('refuses to build a dispatcher with a missing handler', () => {
    expect(() => makeDispatcher(testContract, { notes: {} } as never)).toThrow(
      /No handler for notes.add/,
    );
  });
});
