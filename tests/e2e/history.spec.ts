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

test('two versions can be compared word by word', async ({ app: page }) => {
  await newDraft(page, 'Statins');
  await body(page).click();
  await page.keyboard.type('Statins lower cholesterol in most adults.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Muscle aches are the most common side effect.');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Save version' }).click();
  await page.getByRole('textbox', { name: 'Version name' }).fill('First draft');
  await page
    .getByRole('dialog', { name: 'Save version' })
    .getByRole('button', { name: 'Save version' })
    .click();

  // Keyboard navigation only: edits land exactly where a writer's caret would be.
  await body(page).focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' and the risk of heart attack');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Ask your pharmacist about interactions.');
  await expect(body(page)).toHaveText(
    'Statins lower cholesterol in most adults and the risk of heart attack.' +
      'Muscle aches are the most common side effect. Ask your pharmacist about interactions.',
  );
  await expectSaved(page);

  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Compare versions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare versions' });
  const older = dialog.getByLabel('Older');
  const firstDraft = await older
    .locator('option', { hasText: 'First draft' })
    .getAttribute('value');
  await older.selectOption(firstDraft ?? '');
  const differences = dialog.getByRole('region', { name: 'Differences' });
  await expect(differences.locator('ins')).toHaveText([
    ' and the risk of heart attack',
    ' Ask your pharmacist about interactions.',
  ]);
  await expect(differences.locator('del')).toHaveCount(0);
  await expect(dialog.getByRole('status')).toContainText('11 words added, 0 removed');
  await page.screenshot({ path: 'test-results/screenshots/compare-versions.png' });
  await dialog.getByLabel('Newer').selectOption({ index: 1 });
  await expect(dialog.getByRole('status')).toHaveText('The two versions are the same.');
});
