import { z } from 'zod';
import { method } from './define';

/** Whether the library database could be opened, and if not, why. */
export const LibraryState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), path: z.string(), schemaVersion: z.number().int() }),
  z.object({
    state: z.literal('unavailable'),
    path: z.string(),
    reason: z.enum([
      'damaged',
      'not-sqlite',
      'not-vetted',
      'too-new',
      'unreadable',
      'missing',
      'exists',
    ]),
    message: z.string(),
  }),
]);
export type LibraryState = z.infer<typeof LibraryState>;

/** What the running app is and what it can do. */
export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  library: LibraryState,
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The app itself and its library file. */
export const appContract = {
  info: method({
    summary: 'Name, version, host and the state of the library database.',
    input: z.object({}).default({}),
    output: AppInfo,
  }),
  openLibrary: method({
    summary: 'Switches to another library file; it must exist and be a Vetted library.',
    input: z.object({ path: z.string().min(1, 'Give the path of a library file').max(4096) }),
    output: LibraryState,
  }),
  createLibrary: method({
    summary: 'Starts a new, empty library at a path where no file exists yet.',
    input: z.object({ path: z.string().min(1, 'Give a path for the new library').max(4096) }),
    output: LibraryState,
  }),
};
