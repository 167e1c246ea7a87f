import { BrowserWindow } from 'electron';
import { join } from 'node:path';

/** Paths of the built preload and renderer, relative to out/main. */
export interface AppFiles {
  preload: string;
  rendererIndex: string;
}

/** Longest we wait for the renderer to save its last edit before a window closes. */
const FLUSH_TIMEOUT_MS = 3000;

/** Files produced by the build, next to this bundle. */
export function appFiles(mainDir: string): AppFiles {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererIndex: join(mainDir, '..', 'renderer', 'index.html'),
  };
}

/**
 * A hardened window: isolated, sandboxed, no Node in the page, and it saves the
 * writer's last edit before it closes.
 */
export function createMainWindow(files: AppFiles): BrowserWindow {
  const window = new BrowserWindow({
    width: 1380,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Vetted',
    show: false,
    webPreferences: {
      preload: files.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
    },
  });
  window.once('ready-to-show', () => window.show());

  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    const timeout = new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS));
    const flush = window.webContents
      .executeJavaScript('window.__vettedFlush ? window.__vettedFlush() : undefined', true)
      .catch(() => undefined);
    void Promise.race([flush, timeout]).finally(() => {
      flushed = true;
      if (!window.isDestroyed()) window.close();
    });
  });

  void window.loadFile(files.rendererIndex);
  return window;
}
