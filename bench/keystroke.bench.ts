import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { startHttpHost } from '../src/main/transport/http';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { callApi, startHost, tempLibraryPath } from '../tests/e2e/host';
import { longArticle } from './long-article';
import { percentile, type Bench } from './table';

const KEYSTROKES = 200;

/**
 * Keystroke to paint on a 20,000-word draft in Chromium, typing in the middle of
 * the text. Chromium runs with its frame-rate limit off, so the number is our work
 * (input handling, ProseMirror, React, style, layout, paint) rather than waiting
 * for the next vsync. The same typing on a bare editor (same schema, stylesheet and
 * text; no app) is measured in the same run: the floor this machine allows.
 */
export const keystrokeBench: Bench = {
  name: 'keystroke',
  run: async () => {
    const browser = await launchChromium();
    try {
      const app = await typeInApp(browser);
      const floor = await typeInBareEditor(browser);
      return [
        {
          work: 'keystroke to paint, 20,000-word draft (Chromium)',
          budgetMs: 16,
          measuredMs: percentile(app.latencies, 95),
          statistic: `p95 of ${app.latencies.length} keystrokes`,
          note:
            `median ${percentile(app.latencies, 50).toFixed(1)} ms; ` +
            `bare editor, same text: p95 ${percentile(floor.latencies, 95).toFixed(1)} ms, ` +
            `median ${percentile(floor.latencies, 50).toFixed(1)} ms; ` +
            `Event Timing keydowns ≥ 16 ms: ${app.slow}`,
        },
      ];
    } finally {
      await browser.close();
    }
  },
};

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Without the frame-rate limit, a keystroke paints as soon as its work is done.
    args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
}

/** The workstation on a fresh library, with the 20,000-word draft open. */
async function typeInApp(browser: Browser): Promise<TypingResult> {
  const host = await startHost(tempLibraryPath());
  try {
    // A library's first start asks who is writing; answer it as the first-start form would.
    await callApi(host, 'profile.set', { name: 'Bench Writer', initials: 'BW', role: 'writer' });
    const created = (await callApi(host, 'drafts.create', {
      title: 'Twenty thousand words',
      doc: longArticle(20_000),
    })) as { id: string };
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${host.origin}/#token=${host.token}`);
    await page.evaluate((id) => (window.location.hash = `#/draft/${id}`), created.id);
    return await typeInTheMiddle(page);
  } finally {
    await host.stop();
  }
}

/**
 * The bare editor page (bench/editor-floor), built by Vite and served by the app's own
 * HTTP host (same headers and CSP), whose API answers nothing here.
 */
async function typeInBareEditor(browser: Browser): Promise<TypingResult> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'vetted-editor-floor-'));
  await build({
    configFile: false,
    root: resolve('bench/editor-floor'),
    logLevel: 'silent',
    build: { outDir: rendererDir, emptyOutDir: true },
  });
  const host = await startHttpHost({
    rendererDir,
    dispatcher: async () => ({
      ok: false,
      error: { code: 'not_found', message: 'The bare editor page has no API.', path: [] },
    }),
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(host.url);
    return await typeInTheMiddle(page);
  } finally {
    await host.close();
  }
}

interface TypingResult {
  latencies: number[];
  /** Keydowns whose Event Timing duration reached 16 ms. */
  slow: number;
}

/** Types KEYSTROKES characters at the end of the middle paragraph, timing each to its paint. */
async function typeInTheMiddle(page: Page): Promise<TypingResult> {
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
  const result = await page.evaluate(() => {
    const state = window as unknown as { __latencies: number[]; __slowEvents: number };
    return { latencies: state.__latencies, slow: state.__slowEvents };
  });
  await page.close();
  return result;
}
