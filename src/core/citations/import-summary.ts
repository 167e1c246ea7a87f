import type { ImportSummary } from './import-plan';

/** How many unreadable entries a summary lists before "and N more". */
const LISTED_PROBLEMS = 3;

/**
 * The one-line result of an import, e.g. "12 imported, 2 duplicates skipped,
 * 1 entry unreadable: line 40, missing closing brace". A file that is not a
 * reference file at all reads "Nothing imported: the file is empty".
 */
export function formatImportSummary(summary: ImportSummary): string {
  const { format, imported, merged, skipped, unreadable } = summary;
  if (format === null)
    return `Nothing imported: ${unreadable[0]?.message ?? 'not a reference file'}`;
  const parts = [`${imported} imported`];
  if (merged) parts.push(`${merged} ${plural(merged, 'duplicate', 'duplicates')} merged`);
  if (skipped) parts.push(`${skipped} ${plural(skipped, 'duplicate', 'duplicates')} skipped`);
  if (unreadable.length) {
    const listed = unreadable
      .slice(0, LISTED_PROBLEMS)
      .map((problem) => `line ${problem.line}, ${problem.message}`)
      .join('; ');
    const more =
      unreadable.length > LISTED_PROBLEMS
        ? `; and ${unreadable.length - LISTED_PROBLEMS} more`
        : '';
    parts.push(
      `${unreadable.length} ${plural(unreadable.length, 'entry', 'entries')} unreadable: ${listed}${more}`,
    );
  }
  return parts.join(', ');
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
