import { body, expect, expectSaved, newDraft, setProfile, test } from './fixtures';

test('a pending deletion over an error keeps the error counted and blocks export', async ({
  app: page,
}) => {
  await newDraft(page, 'Steroids');
  await body(page).click();
  await page.keyboard.type(
    'Steroids help many people. Stop taking your steroids once you feel better.',
  );
  await expectSaved(page);
  const summary = page.locator('.findings-summary');
  await expect(summary).toContainText(/^1 error/);

  // Proposing to delete the sentence does not remove it from what would be exported.
  await page.getByRole('button', { name: 'Suggesting' }).click();
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(body(page).locator('del.suggestion-deletion')).toContainText('Stop taking');
  await expectSaved(page);
  await expect(summary).toContainText(/^1 error/);
  await expect(summary).toContainText('if suggestions are accepted');

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('alert')).toContainText('A compliance error blocks this export');
  await expect(dialog.getByRole('list', { name: 'Blocking errors' })).toContainText('Stop taking');
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
});

test('a one-word override is refused; a sentence lets the editor export', async ({
  app: page,
  host,
}) => {
  await setProfile(host, { name: 'Eve Editor', initials: 'EE', role: 'editor' });
  await page.reload();
  await newDraft(page, 'Lupus news');
  await body(page).click();
  await page.keyboard.type('This treatment cures lupus.');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('list', { name: 'Blocking errors' })).toContainText('cure-claim');
  const reason = dialog.getByRole('textbox', { name: 'Override reason' });
  await reason.fill('ok');
  await expect(reason).toHaveAccessibleDescription(/“ok” is too short/);
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
  await reason.fill('Quoted claim, rebutted in the next paragraph.');
  await expect(reason).toHaveAccessibleDescription('');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('lupus-news.html');
});
