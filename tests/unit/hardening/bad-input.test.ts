import { afterEach, describe, expect, it } from 'vitest';
import { loadBuiltInPack, loadCustomPack } from '../../../src/core/compliance/built-in';
import { readBuiltInPackYaml } from '../../../src/main/resources/rule-packs';
import { createHarness, type Harness } from '../services/harness';

let harness: Harness | undefined;
afterEach(() => harness?.close());

function nestedBlockquotes(depth: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let level = 0; level < depth; level += 1) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

describe('bad input gets a named, located message', () => {
  it('refuses 1,000 nested blockquotes in drafts.save as too deeply nested', async () => {
    harness = createHarness();
    const draft = await harness.api.drafts.create({ title: 'Deep' });
    const result = await harness.dispatch('drafts.save', {
      id: draft.id,
      baseRevision: draft.revision,
      doc: nestedBlockquotes(1000),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/too deeply nested/);
    expect(result.error.message).not.toMatch(/call stack|Something went wrong/);
    expect((await harness.api.drafts.get({ id: draft.id })).revision).toBe(draft.revision);
  });

  it('names the field when a front-matter title is over 500 characters', async () => {
    harness = createHarness();
    const markdown = `---\ntitle: ${'T'.repeat(600)}\n---\n\nBody text.\n`;
    const result = await harness.dispatch('transfer.importDocument', {
      fileName: 'long-title.md',
      dataBase64: Buffer.from(markdown).toString('base64'),
    });
    const message = result.ok ? JSON.stringify(result.value) : result.error.message;
    expect(message).not.toMatch(/"code":|Something went wrong|\[\s*\{/);
    expect(message).toMatch(/title: too long \(at most 500 characters\)/);
  });

  it('refuses a YAML alias bomb in front matter with the line', async () => {
    harness = createHarness();
    const markdown = `---\ntitle: Bomb\n${ALIAS_BOMB}\n---\n\nBody text.\n`;
    const result = await harness.dispatch('transfer.importDocument', {
      fileName: 'bomb.md',
      dataBase64: Buffer.from(markdown).toString('base64'),
    });
    const message = result.ok ? JSON.stringify(result.value) : result.error.message;
    expect(message).not.toMatch(/Excessive alias count|Something went wrong/);
    expect(message).toMatch(/too many aliases/);
    expect(message).toMatch(/line 4/);
  });

  it('refuses a YAML alias bomb in a rule pack with file:line', () => {
    const result = loadCustomPack(
      `name: bomb\n${ALIAS_BOMB}\nrules: {}\n`,
      'team.yaml',
      loadBuiltInPack(readBuiltInPackYaml()),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const first = result.errors[0];
    expect(first?.file).toBe('team.yaml');
    expect(first?.message).toMatch(/too many aliases/);
    expect(first?.message).not.toMatch(/Excessive alias count/);
    expect(first?.line).toBeGreaterThan(1);
  });
});
