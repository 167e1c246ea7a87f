import { openDatabase } from '../main/storage/database';
import { Library } from '../main/storage/library';
import { resolveLibraryPath } from '../main/paths';

/** Opens the library a command works on (`--db`, `VETTED_DB` or the app's own); never creates one. */
export function openCliLibrary(
  flag: string | undefined,
  env: Record<string, string | undefined>,
): Library | string {
  const path = resolveLibraryPath(flag, env);
  const opened = openDatabase(path, { createIfMissing: false });
  if (!opened.ok) return opened.state.message;
  return new Library(opened.db, path, opened.schemaVersion);
}
