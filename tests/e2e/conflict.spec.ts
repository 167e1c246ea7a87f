import { body, expect, expectSaved, newDraft, test } from './fixtures';

test('two tabs editing one draft get a visible conflict, and neither edit is lost', async ({
  app: first,
  host,
  context,
}) => {
  await newDraft(first, 'Shared draft');
  await body(first).click();
  await first.keyboard.type('Opening line.');
  await expectSaved(first);

  const second = await context.newPage();
  await second.goto(host.url);
  await second.getByRole('button', { name: 'Shared draft', exact: true }).click();
  await expect(body(second)).toHaveText('Opening line.');

  await body(first).click();
  await first.keyboard.press('End');
  await first.keyboard.type(' Edit from the first tab.');
  await expectSaved(first);

  await body(second).click();
  await second.keyboard.press('End');
  await second.keyboard.type(' Edit from the second tab.');

  const conflict = second.getByRole('alertdialog', {
    name: 'This draft changed in another window',
  });
  await expect(conflict).toBeVisible();
  await expect(second.getByRole('status').first()).toHaveText(/Not saved/);
  await conflict.getByRole('button', { name: 'Keep my version as a copy' }).click();
  await expect(conflict).toBeHidden();
  await expect(body(second)).toHaveText('Opening line. Edit from the first tab.');

  await second.getByRole('button', { name: 'Shared draft (my copy)', exact: true }).click();
  await expect(body(second)).toHaveText('Opening line. Edit from the second tab.');

  await first.reload();
  await expect(body(first)).toHaveText('Opening line. Edit from the first tab.');
});
