import { test as base, expect, type Page } from '@playwright/test';
import { callApi, startHost, type RunningHost } from './host';

/** Every test gets its own host and library file, and a page opened on it. */
export const test = base.extend<{ host: RunningHost; app: Page }>({
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
  app: async ({ page, host }, use) => {
    await setProfile(host, { name: 'Wendy Writer', initials: 'WW', role: 'writer' });
    await page.goto(host.url);
    await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();
    await use(page);
  },
});

export { expect };

/** Chooses the library's local profile through the API, as the first-start form would. */
export async function setProfile(
  host: RunningHost,
  profile: { name: string; initials: string; role: 'writer' | 'reviewer' | 'editor' },
): Promise<void> {
  await callApi(host, 'profile.set', profile);
}

/** The editor's body. */
export function body(page: Page) {
  return page.getByRole('textbox', { name: 'Article body' });
}

/** Waits until the status bar says the draft is saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible({
    timeout: 10_000,
  });
}

/** Creates a draft with a title and returns once it is open. */
export async function newDraft(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New draft' }).click();
  const titleBox = page.getByRole('textbox', { name: 'Title' });
  await expect(titleBox).toBeVisible();
  await titleBox.fill(title);
}

/** Opens the actions menu of the library row whose title is exactly `title`. */
export async function openDraftActions(page: Page, title: string): Promise<void> {
  const row = page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
  await row.getByRole('button', { name: 'Draft actions' }).click();
}
