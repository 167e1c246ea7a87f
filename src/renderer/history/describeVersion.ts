import type { VersionSummary } from '../../core/api';

/** What a version is called in the history list. */
export function describeVersion(version: VersionSummary): string {
  if (version.name) return version.name;
  const labels: Record<VersionSummary['kind'], string> = {
    auto: 'Automatic snapshot',
    named: 'Named version',
    restore: 'Restored version',
    'before-restore': 'Before restoring an older version',
  };
  return labels[version.kind];
}
