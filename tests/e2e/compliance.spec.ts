import { body, expect, expectSaved, newDraft, setProfile, test } from './fixtures';

test('findings are underlined as the writer types, can be waived with a reason by a reviewer, and lapse when the text changes', async ({
  app: page,
  host,
}) => {
  await newDraft(page, 'Lupus news');
  await body(page).click();
  await page.keyboard.type('This miracle treatment cures lupus.');

  // How fast the checks run is measured by `npm run bench`, not here: on a loaded machine a
  // timed assertion fails for reasons a writer would never see.
  const underlines = body(page).locator('.finding');
  await expect(underlines.filter({ hasText: 'cures' })).toHaveClass(/finding-error/);
  await expect(underlines.filter({ hasText: 'miracle' })).toHaveClass(/finding-warning/);
  await expect(page.locator('.findings-summary')).toContainText(
    /[1-9]\d* errors? · [1-9]\d* warnings?/,
  );

  await page.getByRole('button', { name: 'Findings', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Findings' });
  const cure = panel.getByRole('listitem').filter({ hasText: '“cures”' });
  await expect(cure).toContainText('claims the treatment cures');
  await cure.getByRole('button', { name: 'Waive…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Waive finding' });
  await dialog.getByRole('button', { name: 'Waive finding' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Give a reason');
  await dialog
    .getByRole('textbox', { name: 'Reason' })
    .fill('We quote this claim in order to debunk it.');
  // The writer may not waive an error: that is the reviewer's call.
  await dialog.getByRole('button', { name: 'Waive finding' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Only a reviewer can waive an error');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expectSaved(page);

  await setProfile(host, { name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
  await page.reload();
  await expect(underlines.filter({ hasText: 'cures' })).toHaveClass(/finding-error/);
  await page.getByRole('button', { name: 'Findings', exact: true }).click();
  await cure.getByRole('button', { name: 'Waive…' }).click();
  await dialog
    .getByRole('textbox', { name: 'Reason' })
    .fill('We quote this claim in order to debunk it.');
  await dialog.getByRole('button', { name: 'Waive finding' }).click();
  await expect(dialog).toBeHidden();
  await expect(underlines.filter({ hasText: 'cures' })).toHaveCount(0);
  await expect(underlines.filter({ hasText: 'miracle' })).toHaveCount(1);
  await expectSaved(page);

  await page.reload();
  await expect(body(page).locator('.finding').filter({ hasText: 'miracle' })).toHaveCount(1);
  await expect(body(page).locator('.finding').filter({ hasText: 'cures' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Findings', exact: true }).click();
  await page
    .getByRole('region', { name: 'Findings' })
    .getByRole('button', { name: /Waived \(1\)/ })
    .click();
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText(
    'We quote this claim in order to debunk it.',
  );

  // Change the sentence: the waiver no longer covers it.
  await body(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' for good');
  await expect(body(page)).toContainText('cures lupus for good.');
  await expect(body(page).locator('.finding-error').filter({ hasText: 'cures' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Audit trail' })).toContainText(
    'Waived “cure-claim” on “cures”: We quote this claim in order to debunk it.',
  );
});

test('a substitution can be applied from the hover card', async ({ app: page }) => {
  await newDraft(page, 'Epilepsy');
  await body(page).click();
  await page.keyboard.type('He suffers from epilepsy.');
  const flagged = body(page).locator('.finding').filter({ hasText: 'suffers from' });
  await expect(flagged).toHaveCount(1);
  await flagged.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('can stigmatise people');
  await card.getByRole('button', { name: 'Apply' }).click();
  await expect(body(page)).toHaveText('He has epilepsy.');
});
