import { body, expect, expectSaved, newDraft, openDraftActions, test } from './fixtures';

test('a draft keeps its heading, list and link across a reload', async ({ app: page }) => {
  await newDraft(page, 'Living with lupus');
  const editor = body(page);
  await editor.click();
  await page.keyboard.type('## What lupus is');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Lupus is an autoimmune disease.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Joint pain');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tiredness');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the ');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('textbox', { name: 'Link address' }).fill('www.nhs.uk/conditions/lupus/');
  await page.getByRole('button', { name: 'Apply' }).click();

  await expect(editor.getByRole('heading', { level: 2, name: 'What lupus is' })).toBeVisible();
  await expect(editor.getByRole('listitem')).toHaveText(['Joint pain', 'Tiredness']);
  await expect(editor.getByRole('link')).toHaveAttribute(
    'href',
    'https://www.nhs.uk/conditions/lupus/',
  );
  await expectSaved(page);

  await page.reload();
  const reloaded = body(page);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Living with lupus');
  await expect(reloaded.getByRole('heading', { level: 2, name: 'What lupus is' })).toBeVisible();
  await expect(reloaded.getByRole('listitem')).toHaveText(['Joint pain', 'Tiredness']);
  await expect(reloaded.getByRole('link')).toHaveAttribute(
    'href',
    'https://www.nhs.uk/conditions/lupus/',
  );
  await expect(page.locator('.word-count')).toHaveText(/1[0-9] words/);
});

test('links other than http, https and mailto are refused', async ({ app: page }) => {
  await newDraft(page, 'Links');
  await body(page).click();
  await page.keyboard.type('Click');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('textbox', { name: 'Link address' }).fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Only web \(http, https\) and e-mail/);
  await expect(body(page).getByRole('link')).toHaveCount(0);
});

test('search finds a draft by a word in its body and highlights it', async ({ app: page }) => {
  await newDraft(page, 'Statins explained');
  await body(page).click();
  await page.keyboard.type('Statins lower cholesterol and reduce the risk of a heart attack.');
  await expectSaved(page);
  await newDraft(page, 'Sleep and memory');
  await body(page).click();
  await page.keyboard.type('Deep sleep helps the brain store memories.');
  await expectSaved(page);

  await page.getByRole('searchbox', { name: 'Search drafts' }).fill('choles');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Statins explained');
  await expect(results.locator('mark')).toHaveText(['cholesterol']);
  await results.getByRole('button', { name: 'Statins explained' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Statins explained');
});

test('the library shows drafts newest first, with rename, duplicate, trash, restore and delete', async ({
  app: page,
}) => {
  await newDraft(page, 'First draft');
  await body(page).click();
  await page.keyboard.type('One two three.');
  await expectSaved(page);
  await newDraft(page, 'Second draft');
  await expectSaved(page);

  const drafts = page.getByRole('list', { name: 'Drafts' });
  await expect(drafts.locator('.draft-title')).toHaveText(['Second draft', 'First draft']);
  await expect(drafts.getByRole('listitem').nth(1)).toContainText('3 words');

  await openDraftActions(page, 'First draft');
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  await page.getByRole('textbox', { name: 'New title' }).fill('Renamed draft');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(drafts).toContainText('Renamed draft');

  await openDraftActions(page, 'Renamed draft');
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(drafts).toContainText('Renamed draft (copy)');
  await expect(body(page)).toHaveText('One two three.');

  await openDraftActions(page, 'Renamed draft (copy)');
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await expect(drafts).not.toContainText('Renamed draft (copy)');

  await page.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('list', { name: 'Trash' });
  await expect(trash).toContainText('Renamed draft (copy)');
  await openDraftActions(page, 'Renamed draft (copy)');
  await page.getByRole('menuitem', { name: 'Restore from trash' }).click();
  await expect(trash.getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await expect(drafts).toContainText('Renamed draft (copy)');

  await openDraftActions(page, 'Second draft');
  await page.getByRole('menuitem', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Trash' }).click();
  await openDraftActions(page, 'Second draft');
  await page.getByRole('menuitem', { name: 'Delete for good…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete for good?' });
  await expect(confirm).toContainText('cannot be undone');
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
});
