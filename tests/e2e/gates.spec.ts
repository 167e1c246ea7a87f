import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { body, expect, expectSaved, newDraft, setProfile, test } from './fixtures';
import { startHost } from './host';

/** Clicks a button that saves a file, and returns where Playwright put it. */
async function savedFile(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  if (!path) throw new Error('the download did not finish');
  return path;
}

/** Imports a review package file and returns the report's summary. */
async function importReview(page: Page, file: string): Promise<string> {
  await page.getByLabel('Review package file').setInputFiles(file);
  const report = page.getByRole('alertdialog', { name: 'Review imported' });
  await expect(report).toBeVisible();
  const summary = await report.getByRole('status').innerText();
  await report.getByRole('button', { name: 'OK' }).click();
  return summary;
}

/** Selects `text` inside the editor body (a plain run of text). */
async function selectText(page: Page, text: string) {
  await body(page).evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the editor`);
  }, text);
}

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

test('accept, reject and resolve appear in the audit CSV', async ({ app: page }) => {
  await newDraft(page, 'CAR-T for lupus');
  await body(page).click();
  await page.keyboard.type('CAR-T may reset the immune system in lupus. Results are early.');
  await expectSaved(page);
  await selectText(page, 'immune system');
  await page.getByRole('button', { name: 'Comment' }).click();
  const comments = page.getByRole('region', { name: 'Comments' });
  await comments.getByRole('textbox', { name: 'Comment text' }).fill('Which patients?');
  await comments.getByRole('button', { name: 'Post' }).click();
  await comments.getByRole('button', { name: 'Resolve', exact: true }).click();
  await expect(comments.getByRole('button', { name: 'Resolved (1)' })).toBeVisible();

  await page.getByRole('button', { name: 'Suggesting' }).click();
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await selectText(page, 'lupus');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('severe ');
  await selectText(page, ' Results are early.');
  await page.keyboard.press('Backspace');
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  await expect(suggestions.getByRole('listitem')).toHaveCount(2);
  await suggestions
    .getByRole('listitem')
    .filter({ hasText: 'severe' })
    .getByRole('button', { name: 'Accept' })
    .click();
  await suggestions
    .getByRole('listitem')
    .filter({ hasText: 'Results are early' })
    .getByRole('button', { name: 'Reject' })
    .click();
  await expect(suggestions.getByRole('listitem')).toHaveCount(0);
  await expectSaved(page);

  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  const trail = page.getByRole('region', { name: 'Audit trail' });
  await expect(trail).toContainText('Rejected the suggestion');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    trail.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await readFile((await download.path()) ?? '', 'utf8');
  expect(csv).toContain('Accepted the suggestion by Wendy Writer to insert “severe ”');
  expect(csv).toContain('Rejected the suggestion by Wendy Writer to delete “ Results are early.”');
  expect(csv).toContain('Resolved the comment thread on “immune system”');
});

test('the Review panel is right immediately after "Import review"', async ({ browser }) => {
  test.setTimeout(120_000);
  const writerHost = await startHost();
  const reviewerHost = await startHost();
  await setProfile(writerHost, { name: 'Wendy Writer', initials: 'WW', role: 'writer' });
  await setProfile(reviewerHost, { name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
  const writer = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  try {
    await writer.goto(writerHost.url);
    await newDraft(writer, 'CAR-T for lupus');
    await body(writer).click();
    await writer.keyboard.type('CAR-T may reset the immune system in lupus. Results are early.');
    await expectSaved(writer);
    const outgoing = await savedFile(writer, () =>
      writer.getByRole('button', { name: 'Send for review' }).click(),
    );

    await reviewer.goto(reviewerHost.url);
    await importReview(reviewer, outgoing);
    await expect(body(reviewer)).toContainText('reset the immune system');
    await selectText(reviewer, 'immune system');
    await reviewer.getByRole('button', { name: 'Comment' }).click();
    const reviewerComments = reviewer.getByRole('region', { name: 'Comments' });
    await reviewerComments.getByRole('textbox', { name: 'Comment text' }).fill('Which patients?');
    await reviewerComments.getByRole('button', { name: 'Post' }).click();
    await reviewer.getByRole('button', { name: 'Suggesting' }).click();
    await selectText(reviewer, ' Results are early.');
    await reviewer.keyboard.press('Backspace');
    await expect(
      reviewer.getByRole('region', { name: 'Suggestions' }).getByRole('listitem'),
    ).toHaveCount(1);
    await expectSaved(reviewer);
    const returned = await savedFile(reviewer, () =>
      reviewer.getByRole('button', { name: 'Send for review' }).click(),
    );

    // The writer has the Review panel open while importing: it must not need a reload.
    await writer.getByRole('button', { name: 'Review', exact: true }).click();
    await expect(writer.getByRole('region', { name: 'Suggestions' })).toContainText(
      'No suggested edits',
    );
    await importReview(writer, returned);
    const comments = writer.getByRole('region', { name: 'Comments' });
    await expect(comments.getByText('Which patients?')).toBeVisible();
    await expect(comments.getByText('Orphaned')).toHaveCount(0);
    await expect(
      writer.getByRole('region', { name: 'Suggestions' }).getByRole('listitem'),
    ).toHaveCount(1);
  } finally {
    await writerHost.stop();
    await reviewerHost.stop();
  }
});
