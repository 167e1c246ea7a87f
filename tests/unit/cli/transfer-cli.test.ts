import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/command';
import { runCli } from '../../../src/cli/main';
import { makeDocx } from '../../fixtures/transfer/make-docx';

const reference = join(import.meta.dirname, '../../fixtures/car-t-autoimmune');

async function run(args: string[], cwd = reference) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {}, cwd };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

function scratch(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vetted-cli-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const OVERCLAIM =
  '---\ntitle: Lupus news\ndisclaimer: Not medical advice.\n---\n\nIntro line.\n\nThis miracle treatment cures lupus.\n';

describe('vetted check', () => {
  it('finds no errors in the reference article, with its bibliography from the front matter', async () => {
    const result = await run(['check', 'article.md']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines.filter((line) => / error /.test(line))).toEqual([]);
    expect(lines.filter((line) => / warning /.test(line))).toEqual([
      expect.stringMatching(/^article\.md:1:1 warning attribution-missing /),
      expect.stringMatching(/^article\.md:1:1 warning readability The article reads at grade/),
    ]);
  });

  it('prints file:line:col severity ruleId message and exits 1 on errors', async () => {
    const dir = scratch({ 'news.md': OVERCLAIM });
    const result = await run(['check', 'news.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'news.md:8:6 warning hype-language “miracle” sells the treatment',
    );
    expect(result.stdout).toContain(
      'news.md:8:24 error cure-claim “cures” claims the treatment cures',
    );
  });

  it('writes the JSON shape scripts rely on', async () => {
    const dir = scratch({ 'news.md': OVERCLAIM });
    const result = await run(['check', 'news.md', '--format', 'json'], dir);
    const report = JSON.parse(result.stdout) as {
      file: string;
      findings: Record<string, unknown>[];
    }[];
    expect(report).toHaveLength(1);
    expect(report[0]?.file).toBe('news.md');
    expect(report[0]?.findings).toContainEqual({
      ruleId: 'cure-claim',
      severity: 'error',
      message: expect.stringMatching(/^“cures” claims/) as unknown,
      line: 8,
      column: 24,
      excerpt: 'cures',
    });
  });

  it('uses a custom rule pack, and refuses a broken one with exit 2', async () => {
    const dir = scratch({
      'news.md': OVERCLAIM,
      'lenient.yaml': 'name: lenient\nextends: medical-public\nlevels:\n  cure-claim: warning\n',
      'broken.yaml': 'name: broken\nrules:\n  - id: x\n    kind: nonsense\n',
    });
    expect((await run(['check', 'news.md', '--rules', 'lenient.yaml'], dir)).code).toBe(0);
    const broken = await run(['check', 'news.md', '--rules', 'broken.yaml'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:\d+/);
  });

  it('exits 2 for a missing file, a missing bibliography or bad usage', async () => {
    expect((await run(['check', 'nope.md'])).code).toBe(2);
    expect((await run(['check', 'article.md', '--bib', 'nope.bib'])).stderr).toMatch(
      /cannot read nope\.bib: no such file/,
    );
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['check', 'article.md', '--format', 'xml'])).code).toBe(2);
  });
});

describe('vetted export', () => {
  it('writes the reference article as an HTML page to stdout', async () => {
    const result = await run(['export', 'article.md', '--to', 'html']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      readFileSync(join(import.meta.dirname, '../../golden/car-t-autoimmune.html'), 'utf8'),
    );
  });

  it('writes Pandoc Markdown and its bibliography beside --out', async () => {
    const dir = scratch({});
    const out = join(dir, 'car-t.md');
    const result = await run([
      'export',
      'article.md',
      '--to',
      'md',
      '--citations',
      'pandoc',
      '--style',
      'vancouver',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain('bibliography: car-t.json');
    expect(markdown).toContain('[@mackensen2022; @muller2024]');
    expect(JSON.parse(readFileSync(join(dir, 'car-t.json'), 'utf8'))).toHaveLength(4);
  });

  it('lists compliance errors on stderr and exits 1, unless --allow-errors', async () => {
    const dir = scratch({ 'news.md': OVERCLAIM });
    const blocked = await run(['export', 'news.md', '--to', 'md'], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toBe('');
    expect(blocked.stderr).toContain('news.md:8:24 error cure-claim');
    const allowed = await run(
      ['export', 'news.md', '--to', 'md', '--fragment', '--allow-errors'],
      dir,
    );
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('This miracle treatment cures lupus.');
  });

  it('exits 2 on bad usage', async () => {
    expect((await run(['export', 'article.md'])).code).toBe(2);
    expect((await run(['export', 'article.md', '--to', 'pdf'])).code).toBe(2);
    expect(
      (await run(['export', 'article.md', '--to', 'html', '--citations', 'pandoc'])).code,
    ).toBe(2);
  });
});

describe('vetted import', () => {
  it('imports Markdown with its bibliography, and Word with a summary of what it could not keep', async () => {
    const dir = scratch({ 'lupus.docx': await makeDocx() });
    const db = join(dir, 'library.sqlite');
    const markdown = await run(['import', 'article.md', '--db', db]);
    expect(markdown).toMatchObject({ code: 0, stderr: '' });
    expect(markdown.stdout).toBe(
      'Imported “CAR-T Beyond Cancer: the Autoimmune Frontier”: 14 citations, 4 sources added. Everything was kept.\n',
    );
    const word = await run(['import', 'lupus.docx', '--db', db], dir);
    expect(word.code).toBe(1);
    expect(word.stdout).toMatch(/1 thing could not be kept exactly: a table was kept as text/);
    const list = await run(['list', '--db', db, '--json']);
    expect(
      (JSON.parse(list.stdout) as { title: string }[]).map((draft) => draft.title).sort(),
    ).toEqual(['CAR-T Beyond Cancer: the Autoimmune Frontier', 'Living with lupus']);
  });

  it('refuses a file that is not a document with exit 2, and leaves the library as it was', async () => {
    const dir = scratch({ 'photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    const db = join(dir, 'library.sqlite');
    const result = await run(['import', 'photo.png', '--db', db], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'vetted import: photo.png: This is not a Markdown file: it contains binary data.\n',
    );
    expect((await run(['list', '--db', db, '--json'])).stdout.trim()).toBe('[]');
  });
});
