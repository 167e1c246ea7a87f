/**
 * Something an import could not carry over exactly. `lost` notices are shown to the
 * writer (a table kept as text, an image left out); `normalized` ones are harmless
 * reshaping (a loose list made tight) that only tests of faithfulness care about.
 */
export interface ImportNotice {
  kind: 'lost' | 'normalized';
  message: string;
  /** 1-based line in the imported file, when known. */
  line?: number;
}

/** Collects notices while a file is converted, with their lines. */
export class NoticeLog {
  readonly notices: ImportNotice[] = [];

  /** Records something the article could not represent. */
  lost(message: string, line?: number): void {
    this.notices.push(
      line === undefined ? { kind: 'lost', message } : { kind: 'lost', message, line },
    );
  }

  /** Records a harmless change of shape. */
  normalized(message: string, line?: number): void {
    this.notices.push(
      line === undefined ? { kind: 'normalized', message } : { kind: 'normalized', message, line },
    );
  }
}

/** The notices a writer should read after an import, as "line 12: a table was kept as text". */
export function describeNotices(notices: readonly ImportNotice[]): string[] {
  return notices
    .filter((notice) => notice.kind === 'lost')
    .map((notice) => (notice.line ? `line ${notice.line}: ${notice.message}` : notice.message));
}
