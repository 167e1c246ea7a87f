import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isApiError } from '../../../src/core/api';
import { createHarness, type Harness } from './harness';

let harness: Harness;
afterEach(() => harness?.close());

describe('the library file', () => {
  it('reports a damaged file and refuses work, then starts a new library elsewhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vetted-lib-'));
    const bad = join(dir, 'library.sqlite');
    writeFileSync(bad, 'not a database at all');
    harness = createHarness(bad);
    const info = await harness.api.app.info({});
    expect(info.library).toMatchObject({ state: 'unavailable', reason: 'not-sqlite' });
    const refused = await harness.api.drafts.list({}).catch((e: unknown) => e);
    expect(isApiError(refused, 'unavailable')).toBe(true);

    const exists = await harness.api.app.createLibrary({ path: bad });
    expect(exists).toMatchObject({ state: 'unavailable', reason: 'exists' });
    const fresh = await harness.api.app.createLibrary({ path: join(dir, 'new.sqlite') });
    expect(fresh).toMatchObject({ state: 'open' });
    await expect(harness.api.drafts.list({})).resolves.toEqual([]);
    expect(readFileSync(bad, 'utf8')).toBe('not a database at all');
  });

  it('switches to another existing library and keeps the current one when that fails', async () => {
    harness = createHarness();
    await harness.api.drafts.create({ title: 'In the first library' });
    const missing = await harness.api.app.openLibrary({ path: '/nonexistent/library.sqlite' });
    expect(missing).toMatchObject({ state: 'unavailable', reason: 'missing' });
    expect((await harness.api.drafts.list({})).map((d) => d.title)).toEqual([
      'In the first library',
    ]);

    const other = createHarness();
    await other.api.drafts.create({ title: 'In the second library' });
    other.close();
    expect(await harness.api.app.openLibrary({ path: other.dbPath })).toMatchObject({
      state: 'open',
    });
    expect((await harness.api.drafts.list({})).map((d) => d.title)).toEqual([
      'In the second library',
    ]);
  });
});
