import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { body, expectSaved, newDraft, setProfile } from './fixtures';
import { startHost, tempLibraryPath } from './host';

test('killing the host mid-typing loses nothing that was saved, and the file stays sound', async ({
  page,
}) => {
  const dbPath = tempLibraryPath();
  const host = await startHost(dbPath);
  await setProfile(host, { name: 'Wendy Writer', initials: 'WW', role: 'writer' });
  await page.goto(host.url);
  await newDraft(page, 'Crash test');
  await body(page).click();
  await page.keyboard.type('Everything up to here was saved.');
  await expectSaved(page);

  await page.keyboard.type(' And this was being typed when');
  await host.stop('SIGKILL');
  await expect(page.getByRole('status').first()).toHaveText(/Not saved — retrying/, {
    timeout: 15_000,
  });

  const integrity = new Database(dbPath, { readonly: true }).pragma('integrity_check', {
    simple: true,
  });
  expect(integrity).toBe('ok');

  const restarted = await startHost(dbPath);
  try {
    const fresh = await page.context().newPage();
    await fresh.goto(restarted.url);
    await fresh.getByRole('button', { name: 'Crash test', exact: true }).click();
    await expect(body(fresh)).toContainText('Everything up to here was saved.');
  } finally {
    await restarted.stop();
  }
});
