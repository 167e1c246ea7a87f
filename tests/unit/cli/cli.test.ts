import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import type { CliIO } from '../../../src/cli/command';
import { runCli } from '../../../src/cli/main';
import { doc, p } from '../../../src/core/document/builders';
import { createHarness } from '../services/harness';

async function run(args: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    cwd: process.cwd(),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe('vetted', () => {
  it('prints help and version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: vetted <command>/);
    expect(help.stdout).toMatch(/list/);
    expect((await run(['--version'])).stdout).toBe(`${version}\n`);
    expect((await run(['list', '--help'])).stdout).toMatch(/Usage: vetted list/);
  });

  it('exits 2 for no command, an unknown command or an unknown flag', async () => {
    expect((await run([])).code).toBe(2);
    const unknown = await run(['publish']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "publish"/);
    expect((await run(['list', '--colour'])).code).toBe(2);
  });

  it('lists the drafts of a library file, newest first', async () => {
    const harness = createHarness();
    await harness.api.drafts.create({ title: 'Older draft', doc: doc(p('one two three')) });
    harness.advance(60_000);
    const newer = await harness.api.drafts.create({ title: 'Newer draft' });
    await harness.api.drafts.save({
      id: newer.id,
      baseRevision: 1,
      metadata: { ...newer.metadata, category: 'Heart health' },
    });
    harness.close();

    const listed = await run(['list', '--db', harness.dbPath]);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Title\s+Category\s+Status\s+Last edited \(UTC\)\s+Words\s+Reading time$/,
    );
    expect(lines[2]).toMatch(
      /^Newer draft\s+Heart health\s+draft\s+2026-11-24 09:01\s+0\s+0 min read$/,
    );
    expect(lines[3]).toMatch(/^Older draft\s+—\s+draft\s+2026-11-24 09:00\s+3\s+1 min read$/);

    const viaEnv = await run(['list', '--json'], { VETTED_DB: harness.dbPath });
    expect(JSON.parse(viaEnv.stdout).map((d: { title: string }) => d.title)).toEqual([
      'Newer draft',
      'Older draft',
    ]);
  });

  it('refuses a missing library without creating one', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'vetted-cli-')), 'none.sqlite');
    const result = await run(['list', '--db', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/There is no library file/);
    expect(existsSync(path)).toBe(false);
  });
});
