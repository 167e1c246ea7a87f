import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/cli/commands';

describe('the lazily loaded command table', () => {
  it('lists each command under the name and summary its own module gives', async () => {
    for (const entry of commands) {
      const loaded = await entry.load();
      expect({ name: loaded.name, summary: loaded.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
  });
});
