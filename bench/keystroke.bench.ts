import { chromium } from '@playwright/test';
import { startHost, tempLibraryPath } from '../tests/e2e/host';
import { longArticle } from './long-article';
import { percentile, type Bench } from './table';

const KEYSTROKES = 200;

/**
 * Keystroke to paint on a 20,000-word draft in Chromium, typing in the middle of
 * the text. Chromium runs with its frame-rate limit off, so the number is our work
 * (input handling, ProseMirror, React, style, layout, paint) rather than waiting
 * for the next vsync.
 */
export const keystrokeBench: Bench = {
  name: 'keystroke',
  run: async () => {
    const host = await startHost(tempLibraryPath());
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-frame-rate-limit',
        '--disable-gpu-vsync',
      ],
    });
    try {
      // A library's first start asks who is writing; answer it as the first-start form would.
      await fetch(`${host.origin}/api/profile.set`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify({ input: { name: 'Bench Writer', initials: 'BW', role: 'writer' } }),
      });
      const response = await fetch(`${host.origin}/api/drafts.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify({
          input: { title: 'Twenty thousand words', doc: longArticle(20_000) },
        }),
      });
      const created = (await response.json()) as { ok: boolean; value: { id: string } };
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${host.origin}/#token=${host.token}`);
      await page.evaluate((id) => (window.location.hash = `#/draft/${id}`), created.value.id);
      const body = page.getByRole('textbox', { name: 'Article body' });
      await body.waitFor();
      await page.evaluate(() => {
        const state = window as unknown as { __latencies: number[]; __slowEvents: number };
        state.__latencies = [];
        state.__slowEvents = 0;
        document.addEventListener(
          'keydown',
          (event) => {
            const start = event.timeStamp;
            requestAnimationFrame(() =>
              setTimeout(() => state.__latencies.push(performance.now() - start), 0),
            );
          },
          true,
        );
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.name === 'keydown' && entry.duration >= 16) state.__slowEvents += 1;
        }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      });
      const paragraphs = await body.locator(':scope > p').count();
      const middle = body.locator(':scope > p').nth(Math.floor(paragraphs / 2));
      await middle.scrollIntoViewIfNeeded();
      await middle.click();
      await page.keyboard.press('End');
      const text = 'The quick brown fox jumps over the lazy dog while the trial continues. ';
      for (let i = 0; i < KEYSTROKES; i += 1) {
        await page.keyboard.type(text[i % text.length] ?? 'x');
        await page.waitForTimeout(25);
      }
      await page.waitForTimeout(300);
      const { latencies, slow } = await page.evaluate(() => {
        const state = window as unknown as { __latencies: number[]; __slowEvents: number };
        return { latencies: state.__latencies, slow: state.__slowEvents };
      });
      return [
        {
          work: 'keystroke to paint, 20,000-word draft (Chromium)',
          budgetMs: 16,
          measuredMs: percentile(latencies, 95),
          statistic: `p95 of ${latencies.length} keystrokes`,
          note: `median ${percentile(latencies, 50).toFixed(1)} ms; Event Timing keydowns ≥ 16 ms: ${slow}`,
        },
      ];
    } finally {
      await browser.close();
      await host.stop();
    }
  },
};
