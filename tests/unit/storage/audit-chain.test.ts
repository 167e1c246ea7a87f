import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/command';
import { runCli } from '../../../src/cli/main';
import { doc, p } from '../../../src/core/document/builders';
import { createHarness } from '../services/harness';

async function verify(dbPath: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd: process.cwd(),
  };
  const code = await runCli(['audit', 'verify', '--db', dbPath], io);
  return { code, stdout, stderr };
}

/** A library with a few audited actions, closed so a raw session can open it. */
async function libraryWithTrail(): Promise<string> {
  const harness = createHarness();
  await harness.api.profile.set({ name: 'Ana Writer', initials: 'AW', role: 'writer' });
  const draft = await harness.api.drafts.create({ title: 'Aspirin', doc: doc(p('Some text.')) });
  for (const to of ['in-review', 'draft', 'in-review', 'draft'] as const) {
    await harness.api.workflow.transition({ draftId: draft.id, to, reason: 'Needs another pass.' });
  }
  harness.close();
  return harness.dbPath;
}

/** What an attacker with the file does: a raw SQL session with the append-only triggers dropped. */
function tamper(dbPath: string, sql: string): void {
  const raw = new Database(dbPath);
  raw.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;');
  raw.exec(sql);
  raw.close();
}

describe('the audit trail hash chain', () => {
  it('verifies an untouched trail', async () => {
    const dbPath = await libraryWithTrail();
    const raw = new Database(dbPath, { readonly: true });
    const rows = raw.prepare('SELECT count(*) FROM audit').pluck().get() as number;
    raw.close();
    expect(rows).toBeGreaterThanOrEqual(4);
    const result = await verify(dbPath);
    expect(result.stdout).toBe(`Audit trail intact: ${rows} rows, every link verified.\n`);
    expect(result.code).toBe(0);
  });

  it('names an edited row', async () => {
    const dbPath = await libraryWithTrail();
    tamper(dbPath, "UPDATE audit SET actor = 'Dr. Nobody' WHERE id = 3");
    const result = await verify(dbPath);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Audit trail broken at row 3: its content does not match/);
  });

  it('names the row after a deleted one, and a deleted last row', async () => {
    const middle = await libraryWithTrail();
    tamper(middle, 'DELETE FROM audit WHERE id = 2');
    const gap = await verify(middle);
    expect(gap.code).toBe(1);
    expect(gap.stdout).toMatch(/^Audit trail broken at row 3: rows 2–2 before it are missing/);

    const tail = await libraryWithTrail();
    tamper(tail, 'DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)');
    const end = await verify(tail);
    expect(end.code).toBe(1);
    expect(end.stdout).toMatch(/at the end are missing \(deleted\)/);
  });

  it('names an inserted row, even one that copies a real link', async () => {
    const dbPath = await libraryWithTrail();
    tamper(
      dbPath,
      `INSERT INTO audit (draft_id, at, actor, action, detail, prev_hash, hash)
       SELECT draft_id, at, 'Dr. Jane Reviewer', 'signed-off', '{}', hash, hash
       FROM audit WHERE id = (SELECT max(id) FROM audit)`,
    );
    const appended = await verify(dbPath);
    expect(appended.code).toBe(1);
    expect(appended.stdout).toMatch(/its content does not match its hash/);

    const rechained = await libraryWithTrail();
    // Moving a later row's content into the middle keeps ids contiguous but breaks the links.
    tamper(
      rechained,
      `UPDATE audit SET prev_hash = (SELECT prev_hash FROM audit WHERE id = 4) WHERE id = 2`,
    );
    expect((await verify(rechained)).stdout).toMatch(/^Audit trail broken at row 2: its link/);
  });

  it('exits 2 for a missing library or a wrong action', async () => {
    const missing = await verify('/nonexistent/folder/library.sqlite');
    expect(missing.code).toBe(2);
    let stderr = '';
    const code = await runCli(['audit', 'check'], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      env: {},
      cwd: process.cwd(),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown audit action "check"/);
  });
});

describe('the chain migration', () => {
  it('links the rows a library had before, so the old trail verifies', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openDatabase } = await import('../../../src/main/storage/database');
    const { migrations } = await import('../../../src/main/storage/migrations');
    const dbPath = join(mkdtempSync(join(tmpdir(), 'vetted-chain-')), 'library.sqlite');
    const old = openDatabase(dbPath, { migrations: migrations.filter((m) => m.version < 6) });
    if (!old.ok) throw new Error(old.state.message);
    const insert = old.db.prepare(
      "INSERT INTO audit (draft_id, at, actor, action, detail) VALUES (NULL, ?, 'Ana', 'exported', '{}')",
    );
    for (const at of ['2025-01-01T00:00:00.000Z', '2025-01-02T00:00:00.000Z']) insert.run(at);
    old.db.close();
    const result = await verify(dbPath);
    expect(result.stdout).toBe('Audit trail intact: 2 rows, every link verified.\n');
  });
});
