import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveLibraryPath } from '../../../src/main/paths';

describe('library path', () => {
  it('uses the same folder as Electron userData for an app named Vetted', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Vetted');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Vetted');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Vetted',
    );
  });

  it('prefers --db, then VETTED_DB, then the data folder', () => {
    expect(resolveLibraryPath('/tmp/a.sqlite', { VETTED_DB: '/tmp/b.sqlite' }, '/data')).toBe(
      '/tmp/a.sqlite',
    );
    expect(resolveLibraryPath(undefined, { VETTED_DB: '/tmp/b.sqlite' }, '/data')).toBe(
      '/tmp/b.sqlite',
    );
    expect(resolveLibraryPath(undefined, {}, '/data')).toBe('/data/library.sqlite');
  });
});
