import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { tempLibraryPath } from './host';

/** Path of the Electron binary, if its download has been done on this machine. */
function electronBinary(): string | null {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.describe('the desktop app', () => {
  test.skip(
    !binary,
    'The Electron binary is not installed here (it is downloaded outside the npm registry).',
  );

  test('opens a hardened window whose page reaches only window.vetted', async () => {
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: ['.', '--db', tempLibraryPath()],
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();
      const surface = await page.evaluate(() => ({
        vetted: typeof window.vetted?.drafts.list,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(surface).toEqual({ vetted: 'function', require: 'undefined', process: 'undefined' });
      const opened = await page.evaluate(() => window.open('https://example.org') === null);
      expect(opened).toBe(true);
    } finally {
      await app.close();
    }
  });
});
