import { body, expect, expectSaved, newDraft, test } from './fixtures';

test('a named version can be previewed and restored, and the replaced text is kept', async ({
  app: page,
}) => {
  await newDraft(page, 'Vaccines and pregnancy');
  await body(page).click();
  await page.keyboard.type('The first careful wording.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Save version' }).click();
  await page.getByRole('textbox', { name: 'Version name' }).fill('Sent to reviewer');
  await page
    .getByRole('dialog', { name: 'Save version' })
    .getByRole('button', { name: 'Save version' })
    .click();
  await expect(page.getByRole('note')).toContainText('Sent to reviewer');

  await body(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('A rewrite that went wrong.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'Version history' });
  await history.getByRole('button', { name: /Sent to reviewer/ }).click();
  await expect(history.getByRole('textbox', { name: 'Version preview' })).toHaveText(
    'The first careful wording.',
  );
  await history.getByRole('button', { name: 'Restore' }).click();

  await expect(body(page)).toHaveText('The first careful wording.');
  await expect(
    history.getByRole('button', { name: /Before restoring an older version/ }),
  ).toBeVisible();
  await history.getByRole('button', { name: /Before restoring an older version/ }).click();
  await expect(history.getByRole('textbox', { name: 'Version preview' })).toHaveText(
    'A rewrite that went wrong.',
  );

  await page.reload();
  await expect(body(page)).toHaveText('The first careful wording.');
});
