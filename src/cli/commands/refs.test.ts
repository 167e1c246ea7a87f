import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../command';
import { refsCommand } from './refs';

const fixtures = join(__dirname, '../../../tests/fixtures/references');
const example = join(__dirname, '../../../tests/fixtures/car-t-autoimmune');

async function run(args: string[], cwd = fixtures) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    cwd,
  };
  const code = await refsCommand.run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function scratch(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vetted-refs-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('vetted refs', () => {
  it('prints CSL-JSON by default and exits 0 when every entry is read', async () => {
    const result = await run(['library.ris', join(example, 'references.json')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const items = JSON.parse(result.stdout) as { id: string; DOI?: string }[];
    expect(items.map((item) => item.id)).toEqual([
      'lincoff2023',
      'wakefield1998',
      'nhs-semaglutide',
      'harrisons2022',
      'nci-car-t',
      'mackensen2022',
      'muller2024',
      'schett2024',
    ]);
    expect(items[1]?.DOI).toBe('10.1016/s0140-6736(97)11096-0');
  });

  it('prints a numbered AMA or Vancouver list in file order', async () => {
    const amaList = await run(['--format', 'ama', join(example, 'references.json')]);
    expect(amaList.code).toBe(0);
    expect(amaList.stdout).toBe(
      [
        '1. National Cancer Institute. CAR T Cells: Engineering Patients’ Immune Cells to Treat Their Cancers. National Cancer Institute. https://www.cancer.gov/about-cancer/treatment/research/car-t-cells',
        '2. Mackensen A, et al. Anti-CD19 CAR T cell therapy for refractory systemic lupus erythematosus. Nat Med. 2022;28(10):2124-2132. doi:10.1038/s41591-022-02017-5',
        '3. Müller F, et al. CD19 CAR T-Cell Therapy in Autoimmune Disease — A Case Series with Follow-up. N Engl J Med. 2024;390(8):687-700. doi:10.1056/NEJMoa2308917',
        '4. Schett G, et al. Advancements and challenges in CAR T cell therapy in autoimmune diseases. Nat Rev Rheumatol. 2024;20(9):531-544. doi:10.1038/s41584-024-01139-z',
        '',
      ].join('\n'),
    );
    const vancouverList = await run(['pubmed.nbib', '--format=vancouver']);
    expect(vancouverList.stdout.split('\n')[2]).toBe(
      '3. Wakefield AJ, Murch SH, Anthony A. Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children. Lancet. 1998 Feb 28;351(9103):637-41.',
    );
  });

  it('reports unreadable entries as file:line: message and exits 1', async () => {
    const result = await run(['glp1-trials.bib', '-f', 'ama']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('glp1-trials.bib:40: missing closing brace\n');
    expect(result.stdout.trim().split('\n')).toHaveLength(14);
  });

  it('exits 2 when nothing is readable', async () => {
    const dir = scratch({
      'empty.bib': '',
      'photo.ris': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]),
    });
    const result = await run(['empty.bib', 'photo.ris'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'empty.bib:1: the file is empty\n' +
        'photo.ris:1: binary data, not a reference file: expected BibTeX, RIS, PubMed MEDLINE or CSL-JSON\n' +
        'vetted refs: no readable entries\n',
    );
  });

  it('keeps keys unique across files', async () => {
    const dir = scratch({
      'a.bib': '@book{smith2020, title = {One}, year = 2020}\n',
      'b.json': '[{"id": "smith2020", "type": "book", "title": "Two"}]',
    });
    const result = await run(['a.bib', 'b.json'], dir);
    expect((JSON.parse(result.stdout) as { id: string }[]).map((item) => item.id)).toEqual([
      'smith2020',
      'smith2020a',
    ]);
  });

  it('exits 2 with a message for bad usage', async () => {
    const cases: [string[], string][] = [
      [['--style', 'ama', 'library.ris'], "vetted refs: Unknown option '--style'"],
      [
        ['--format', 'apa', 'library.ris'],
        'vetted refs: unknown format "apa": use csl-json, ama or vancouver',
      ],
      [[], 'vetted refs: give at least one reference file'],
      [['library.ris', 'missing.bib'], 'vetted refs: cannot read missing.bib: no such file'],
      [['.'], 'vetted refs: cannot read .: it is a folder'],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(message)).toBe(true);
      expect(result.stderr).toContain('Usage: vetted refs FILE...');
    }
  });
});
