import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { body, expect, expectSaved, newDraft, test } from './fixtures';

const RIS = resolve('tests/fixtures/references/library.ris');

async function importRis(page: Page) {
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByRole('button', { name: 'Import sources' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import sources' });
  await dialog.getByLabel('Reference file').setInputFiles(RIS);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status')).toContainText(/\d+ imported/);
  await dialog.getByRole('button', { name: 'Done' }).click();
  return sources;
}

/** Cites the first source matching `query` at the cursor through the Insert citation picker. */
async function cite(page: Page, query: string) {
  await page
    .getByRole('region', { name: 'Sources' })
    .getByRole('button', { name: 'Insert citation' })
    .click();
  await page.getByRole('combobox', { name: 'Find a source to cite' }).fill(query);
  await expect(
    page.getByRole('listbox', { name: 'Cite source' }).getByRole('option').first(),
  ).toContainText(new RegExp(query, 'i'));
  await page.keyboard.press('Enter');
}

/** Rests the pointer on the middle of a word of the body, as a reader's pointer would. */
async function hoverWord(page: Page, word: string) {
  const point = await body(page).evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, word);
  if (!point) throw new Error(`"${word}" is not in the body`);
  await page.mouse.move(point.x, point.y);
}

const labels = (page: Page) => body(page).locator('span[data-citation]');

test('citations are numbered by position and renumber when a paragraph moves', async ({
  app: page,
}) => {
  await newDraft(page, 'GLP-1 and the heart');
  await body(page).click();
  await page.keyboard.type('Weight-loss drugs are widely prescribed.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('One trial reported fewer heart attacks.');

  const sources = await importRis(page);
  await expect(
    sources.getByRole('list', { name: 'Sources not cited' }).getByRole('listitem'),
  ).not.toHaveCount(0);

  // Cite in reverse order: the second paragraph first.
  await body(page).getByText('One trial reported fewer heart attacks.').click();
  await page.keyboard.press('End');
  await cite(page, 'Lincoff');
  await body(page).getByText('Weight-loss drugs are widely prescribed.').click();
  await page.keyboard.press('End');
  await cite(page, 'NHS');

  await expect(labels(page)).toHaveCount(2);
  await expect(labels(page).nth(0)).toHaveAttribute('data-label', '1');
  await expect(labels(page).nth(1)).toHaveAttribute('data-label', '2');
  const references = sources.getByRole('list', { name: 'Reference list' }).getByRole('listitem');
  await expect(references).toHaveCount(2);
  await expect(references.nth(0)).toContainText('Semaglutide (Wegovy)');
  await expect(references.nth(1)).toContainText('Semaglutide and Cardiovascular Outcomes');

  // Move the second paragraph above the first: every number changes at once.
  await body(page).getByText('One trial reported fewer heart attacks.').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(body(page).locator('p').first()).toContainText('One trial reported');
  await expect(labels(page).nth(0)).toHaveAttribute('data-label', '1');
  await expect(references.nth(0)).toContainText('Semaglutide and Cardiovascular Outcomes');
  await expect(references.nth(1)).toContainText('Semaglutide (Wegovy)');

  await expectSaved(page);
  await page.reload();
  await expect(labels(page).nth(0)).toHaveAttribute('data-label', '1');
  await expect(
    page
      .getByRole('region', { name: 'Sources' })
      .getByRole('list', { name: 'Reference list' })
      .getByRole('listitem')
      .nth(0),
  ).toContainText('Semaglutide and Cardiovascular Outcomes');
});

test('typing [@ opens the Cite source picker; adjacent citations merge into a range', async ({
  app: page,
}) => {
  await newDraft(page, 'Picker');
  await importRis(page);
  await body(page).click();
  await page.keyboard.type('Vaccines do not cause autism ');
  await page.keyboard.type('[@wakef');
  const picker = page.getByRole('listbox', { name: 'Cite source' });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('option').first()).toContainText('Wakefield');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(body(page)).not.toContainText('[@');
  await expect(labels(page)).toHaveCount(1);

  await page.keyboard.type('[@lincoff');
  await expect(picker.getByRole('option').first()).toContainText('Lincoff');
  await page.keyboard.press('Enter');
  await expect(labels(page)).toHaveCount(1);
  await expect(labels(page).first()).toHaveAttribute('data-label', '1,2');

  await labels(page).first().hover();
  await expect(page.getByRole('tooltip')).toContainText('Wakefield');
});

test('removing a cited source asks first, then its citations show a missing-source marker', async ({
  app: page,
}) => {
  await newDraft(page, 'Missing');
  await body(page).click();
  await page.keyboard.type('A claim.');
  const sources = await importRis(page);
  await cite(page, 'Lincoff');
  await expect(labels(page).first()).toHaveAttribute('data-label', '1');

  await sources.getByRole('button', { name: /Remove Lincoff/ }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove a cited source?' });
  await expect(confirm).toContainText('cited 1 times');
  await confirm.getByRole('button', { name: 'Remove source' }).click();
  await expect(labels(page).first()).toHaveAttribute('data-label', '?');
  await expect(labels(page).first()).toHaveClass(/citation-missing/);
  await expect(sources.getByRole('note')).toContainText(
    '1 citation points to a source that is not in this draft',
  );
});

test('a source added with the form is validated and lands in the draft', async ({ app: page }) => {
  await newDraft(page, 'Form');
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog
    .getByLabel('Title', { exact: true })
    .fill('Anti-CD19 CAR T cell therapy for refractory systemic lupus erythematosus');
  await dialog.getByLabel('Authors', { exact: true }).fill('Mackensen, Andreas');
  await dialog.getByLabel('Journal', { exact: true }).fill('Nature Medicine');
  await dialog.getByLabel('Year', { exact: true }).fill('22');
  await dialog.getByLabel('DOI', { exact: true }).fill('not a doi');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog).toContainText('Enter the year as four digits');
  await expect(dialog).toContainText('A DOI looks like 10.');
  await dialog.getByLabel('Year', { exact: true }).fill('2022');
  await dialog.getByLabel('DOI', { exact: true }).fill('10.1038/s41591-022-02017-5');
  await dialog.getByLabel('Study design').selectOption('case-series');
  await dialog.getByLabel('Participants (n)').fill('5');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog).toBeHidden();
  const unused = sources.getByRole('list', { name: 'Sources not cited' });
  await expect(unused).toContainText('Mackensen A');
  await expect(unused).toContainText('Case series · n=5');
});

test('one hover card at a time: the citation chip wins over the finding it sits in', async ({
  app: page,
}) => {
  await newDraft(page, 'Cards');
  await importRis(page);
  await body(page).click();
  // One long sentence (a readability note underlines all of it) with a citation inside it.
  await page.keyboard.type(
    'In the small group of twelve children that the authors described in their report from a single hospital clinic in London ',
  );
  await cite(page, 'Wakefield');
  await page.keyboard.type(
    ' the parents and doctors linked the start of the bowel symptoms and the change in behaviour to a recent vaccination, which later work in far larger groups did not confirm at all.',
  );
  const rest = body(page).locator('.finding').filter({ hasText: 'the parents and doctors' });
  await expect(rest).toHaveCount(1);
  await expect(labels(page).first()).toHaveClass(/finding/);

  const cards = page.getByRole('tooltip');
  await labels(page).first().hover();
  await expect(cards).toHaveCount(1);
  await expect(cards).toHaveClass(/citation-card/);
  await expect(cards).toContainText('Wakefield');

  // The underline of the same sentence away from the chip opens the finding's card, alone.
  await hoverWord(page, 'doctors');
  await expect(cards).toHaveClass(/finding-card/);
  await expect(cards).toHaveCount(1);
  await expect(cards).not.toContainText('Wakefield');

  // Keyboard users reach it too: Alt+Enter at the caret opens it with focus on its actions.
  await page.mouse.move(0, 0);
  await expect(cards).toHaveCount(0);
  await body(page).getByText('the parents and doctors').click();
  await page.keyboard.press('Alt+Enter');
  await expect(cards).toHaveCount(1);
  await expect(cards).toHaveClass(/finding-card/);
  await expect(cards.getByRole('button', { name: 'Waive…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cards).toHaveCount(0);
  await expect(body(page)).toBeFocused();
});
