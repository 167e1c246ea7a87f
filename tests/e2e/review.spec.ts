import { expect, test, type Page } from '@playwright/test';
import { body, expectSaved, newDraft, setProfile } from './fixtures';
import { startHost, type RunningHost } from './host';

/** Clicks a button that saves a file, and returns where Playwright put it. */
async function savedFile(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  if (!path) throw new Error('the download did not finish');
  return path;
}

async function importReview(page: Page, file: string) {
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
  // ProseMirror reads the DOM selection on its own event: wait until the editor has it,
  // which the toolbar shows by enabling Comment (it is off while nothing is selected).
  await expect(page.getByRole('button', { name: 'Comment', exact: true })).toBeEnabled();
}

test('writer and reviewer on two machines: package out, comments and suggestions back, approval', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const writerHost: RunningHost = await startHost();
  const reviewerHost: RunningHost = await startHost();
  await setProfile(writerHost, { name: 'Wendy Writer', initials: 'WW', role: 'writer' });
  await setProfile(reviewerHost, { name: 'Rita Reviewer', initials: 'RR', role: 'reviewer' });
  const writer = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  try {
    // The writer drafts and sends the draft for review.
    await writer.goto(writerHost.url);
    await newDraft(writer, 'CAR-T for lupus');
    await body(writer).click();
    await writer.keyboard.type(
      'CAR-T therapy may reset the immune system in lupus. Results are early.',
    );
    await expectSaved(writer);
    await writer.getByRole('combobox', { name: 'Status' }).selectOption('in-review');
    await expect(writer.getByRole('combobox', { name: 'Status' })).toHaveValue('in-review');
    const outgoing = await savedFile(writer, () =>
      writer.getByRole('button', { name: 'Send for review' }).click(),
    );

    // The reviewer opens it, comments, and suggests two edits.
    await reviewer.goto(reviewerHost.url);
    expect(await importReview(reviewer, outgoing)).toContain(
      'Opened “CAR-T for lupus” from Wendy Writer',
    );
    await expect(body(reviewer)).toContainText('may reset the immune system');
    await selectText(reviewer, 'reset the immune system');
    await reviewer.getByRole('button', { name: 'Comment' }).click();
    const comments = reviewer.getByRole('region', { name: 'Comments' });
    await comments
      .getByRole('textbox', { name: 'Comment text' })
      .fill('Say which patients: severe, refractory lupus.');
    await comments.getByRole('button', { name: 'Post' }).click();
    await expect(
      comments.getByRole('listitem').filter({ hasText: 'Say which patients' }).first(),
    ).toBeVisible();

    await reviewer.getByRole('button', { name: 'Suggesting' }).click();
    await expect(reviewer.getByRole('button', { name: 'Suggesting' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await selectText(reviewer, 'lupus');
    await reviewer.keyboard.press('ArrowLeft');
    await reviewer.keyboard.type('severe ');
    await selectText(reviewer, ' Results are early.');
    await reviewer.keyboard.press('Backspace');
    const suggestions = reviewer.getByRole('region', { name: 'Suggestions' });
    await expect(suggestions.getByRole('listitem')).toHaveCount(2);
    await expectSaved(reviewer);
    const returned = await savedFile(reviewer, () =>
      reviewer.getByRole('button', { name: 'Send for review' }).click(),
    );

    // The writer merges the review, accepts one suggestion, rejects the other, resolves the thread.
    expect(await importReview(writer, returned)).toBe(
      'Merged 1 new thread, 1 comment, 2 suggestions',
    );
    await writer.getByRole('button', { name: 'Review', exact: true }).click();
    const writerSuggestions = writer.getByRole('region', { name: 'Suggestions' });
    await expect(writerSuggestions.getByRole('listitem')).toHaveCount(2);
    await writerSuggestions
      .getByRole('listitem')
      .filter({ hasText: 'severe' })
      .getByRole('button', { name: 'Accept' })
      .click();
    await writerSuggestions
      .getByRole('listitem')
      .filter({ hasText: 'Results are early' })
      .getByRole('button', { name: 'Reject' })
      .click();
    await expect(writerSuggestions.getByRole('listitem')).toHaveCount(0);
    await expect(body(writer)).toHaveText(
      'CAR-T therapy may reset the immune system in severe lupus. Results are early.',
    );
    const thread = writer
      .getByRole('region', { name: 'Comments' })
      .getByRole('listitem', { name: /Comment thread on/ });
    await expect(thread).toContainText('Rita Reviewer');
    await thread.getByRole('textbox', { name: 'Reply text' }).fill('Done: added “severe”.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expectSaved(writer);
    const answered = await savedFile(writer, () =>
      writer.getByRole('button', { name: 'Send for review' }).click(),
    );

    // The reviewer takes the answer in and approves.
    expect(await importReview(reviewer, answered)).toContain('Merged');
    await expect(body(reviewer)).toHaveText(
      'CAR-T therapy may reset the immune system in severe lupus. Results are early.',
    );
    // The writer's settled suggestions are settled in the reviewer's copy too.
    await expect(
      body(reviewer).locator('ins.suggestion-insertion, del.suggestion-deletion'),
    ).toHaveCount(0);
    await reviewer.getByRole('combobox', { name: 'Status' }).selectOption('approved');
    const signOff = reviewer.getByRole('dialog', { name: 'Approve and sign off' });
    await signOff
      .getByRole('textbox', { name: 'Sign-off statement' })
      .fill('Checked against Mackensen 2022 and Müller 2024.');
    await signOff.getByRole('button', { name: 'Approve' }).click();
    await expect(reviewer.getByRole('combobox', { name: 'Status' })).toHaveValue('approved');

    // Every step is in the audit trails.
    await reviewer.getByRole('button', { name: 'Audit', exact: true }).click();
    const reviewerTrail = reviewer.getByRole('region', { name: 'Audit trail' });
    await expect(reviewerTrail).toContainText('Opened a review package from Wendy Writer');
    await expect(reviewerTrail).toContainText('Imported a review package from Wendy Writer');
    await expect(reviewerTrail).toContainText('Changed the status from In review to Approved');
    await expect(reviewerTrail).toContainText('Signed off revision');

    const approval = await savedFile(reviewer, () =>
      reviewer.getByRole('button', { name: 'Send for review' }).click(),
    );
    expect(await importReview(writer, approval)).toContain('1 sign-off');
    await expect(writer.getByRole('combobox', { name: 'Status' })).toHaveValue('approved');
    await writer.getByRole('button', { name: 'Audit', exact: true }).click();
    const writerTrail = writer.getByRole('region', { name: 'Audit trail' });
    for (const step of [
      'Changed the status from Draft to In review',
      'Sent a review package',
      'Imported a review package from Rita Reviewer',
      'Signed off revision',
      'Changed the status from In review to Approved',
    ]) {
      await expect(writerTrail).toContainText(step);
    }
  } finally {
    await writerHost.stop();
    await reviewerHost.stop();
  }
});
