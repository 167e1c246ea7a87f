import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** File name of the library inside the app's data folder. */
export const LIBRARY_FILE_NAME = 'library.sqlite';

/**
 * The folder Electron uses as `userData` for an app named "Vetted", computed
 * without Electron so the browser host and the CLI open the same library.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Vetted');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Vetted');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Vetted');
}

/** The library file: `--db FILE`, else `VETTED_DB`, else the app's data folder. */
export function resolveLibraryPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  dataDir: string = defaultDataDir(),
): string {
  const chosen = flag ?? env.VETTED_DB;
  return chosen ? resolve(chosen) : join(dataDir, LIBRARY_FILE_NAME);
}
