import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { body, expect, expectSaved, newDraft, setProfile, test } from './fixtures';

const reference = join(import.meta.dirname, '../fixtures/car-t-autoimmune');
const screenshots = join(import.meta.dirname, '../../test-results/screenshots');

test('import the reference article, export it as an HTML page, and read it in the browser', async ({
  app: page,
  host,
  context,
}, testInfo) => {
  await setProfile(host, { name: 'Eve Editor', initials: 'EE', role: 'editor' });
  await page.reload();
  await page
    .getByLabel('Article file')
    .setInputFiles([join(reference, 'article.md'), join(reference, 'references.json')]);
  const report = page.getByRole('alertdialog', { name: 'Article imported' });
  await expect(report.getByRole('status')).toHaveText('14 citations, 4 sources added.');
  await expect(report).toContainText('Everything in the file was kept.');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(
    'CAR-T Beyond Cancer: the Autoimmune Frontier',
  );
  await expect(body(page).locator('[data-citation]')).toHaveCount(14);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('h1')).toHaveText('CAR-T Beyond Cancer: the Autoimmune Frontier');
  await expect(preview.locator('section.sources li')).toHaveCount(4);
  await page.screenshot({ path: join(screenshots, 'export-dialog.png') });

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = testInfo.outputPath('car-t.html');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toBe(
    'car-t-beyond-cancer-the-autoimmune-frontier.html',
  );
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeHidden();

  // The exported file on its own, in Chromium: sources list and citation links work.
  const exported = await context.newPage();
  await exported.goto(`file://${file}`);
  await expect(exported.getByRole('heading', { level: 1 })).toHaveText(
    'CAR-T Beyond Cancer: the Autoimmune Frontier',
  );
  const sources = exported.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(4);
  await expect(sources.getByRole('listitem').nth(3)).toContainText('Müller F, et al.');
  const citations = exported.locator('sup.citation');
  await expect(citations).toHaveCount(14);
  await citations.nth(2).getByRole('link', { name: '3' }).click();
  await expect(exported).toHaveURL(/#ref-3$/);
  await expect(exported.locator('li:target')).toContainText('Mackensen A');
  await exported.locator('li:target').getByRole('link', { name: 'Back to the text' }).click();
  await expect(exported).toHaveURL(/#cite-3$/);
  await exported.screenshot({ path: join(screenshots, 'exported-article.png'), fullPage: false });
  expect(readFileSync(file, 'utf8')).toContain('"@type": "MedicalWebPage"');

  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Audit trail' })).toContainText(
    'Exported as HTML page',
  );
});

test('Copy HTML puts the article fragment on the clipboard', async ({ app: page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newDraft(page, 'Sleep and memory');
  await body(page).click();
  await page.keyboard.type('Most adults need seven to nine hours of sleep a night.');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  await page
    .getByRole('dialog', { name: 'Export' })
    .getByRole('button', { name: 'Copy HTML' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeHidden();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('<h1>Sleep and memory</h1>');
  expect(copied).toContain('<p>Most adults need seven to nine hours of sleep a night.</p>');
  expect(copied).not.toContain('<html');
});

test('compliance errors block an export until an editor gives a reason', async ({
  app: page,
  host,
}) => {
  await newDraft(page, 'Lupus news');
  await body(page).click();
  await page.keyboard.type('This treatment cures lupus.');
  await expectSaved(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('alert')).toContainText('A compliance error blocks this export');
  await expect(dialog.getByRole('list', { name: 'Blocking errors' })).toContainText('cure-claim');
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
  await expect(dialog).toContainText('only an editor can export despite errors');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await setProfile(host, { name: 'Eve Editor', initials: 'EE', role: 'editor' });
  await page.reload();
  await page.getByRole('button', { name: 'Export…' }).click();
  dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('Format').selectOption('markdown');
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText(
    'This treatment cures lupus.',
  );
  await expect(dialog.getByRole('button', { name: 'Download' })).toBeDisabled();
  await dialog
    .getByRole('textbox', { name: 'Override reason' })
    .fill('Quoted claim, rebutted in the next paragraph');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  expect((await download).suggestedFilename()).toBe('lupus-news.md');
  await page.getByRole('button', { name: 'Audit', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Audit trail' })).toContainText(
    'Exported as Markdown despite 1 compliance error: “Quoted claim, rebutted in the next paragraph”',
  );
});

test('pasting from Word or a web page keeps structure and drops anything executable', async ({
  app: page,
}) => {
  await newDraft(page, 'Pasted');
  await body(page).click();
  const html = [
    '<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-1">',
    '<h1>Heading one</h1>',
    '<p class="MsoNormal" style="margin:0"><span style="font-weight:700">Bold</span> and <span style="font-style:italic">italic</span> and <a href="https://www.nhs.uk/">a link</a>.</p>',
    '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;</span></span>First point</p>',
    '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·</span>Second point</p>',
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
    '<a href="javascript:window.__pwned=3">bad link</a><svg onload="window.__pwned=4"></svg>',
    '<p onclick="window.__pwned=5">Clickable</p></b>',
  ].join('');
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/html', pasted);
    data.setData('text/plain', 'fallback');
    document
      .querySelector('[aria-label="Article body"]')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
  }, html);
  await expect(body(page).getByRole('heading', { name: 'Heading one' })).toBeVisible();
  await expect(body(page).locator('strong')).toHaveText('Bold');
  await expect(body(page).locator('em')).toHaveText('italic');
  await expect(body(page).getByRole('link', { name: 'a link' })).toHaveAttribute(
    'href',
    'https://www.nhs.uk/',
  );
  await expect(body(page).locator('ul > li')).toHaveText(['First point', 'Second point']);
  await expect(body(page)).toContainText('bad link');
  await body(page).getByText('Clickable').click();
  const markup = await body(page).innerHTML();
  expect(markup).not.toMatch(/onerror|onload|onclick|<script|<svg|<img|javascript:/i);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});
