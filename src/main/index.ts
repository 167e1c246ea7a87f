import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contract } from '../core/api';
import { isAllowedLinkHref } from '../core/document/links';
import { installMenu } from './menu';
import { resolveLibraryPath } from './paths';
import { createRuntime, type Runtime } from './runtime';
import { registerIpc } from './transport/ipc';
import { appFiles, createMainWindow } from './window';

/**
 * The desktop app's main process: a thin shell around the same runtime the browser
 * host uses. Security defaults are on everywhere; the page can reach nothing but
 * the contract's IPC channels.
 */
const files = appFiles(dirname(fileURLToPath(import.meta.url)));
const rendererUrl = pathToFileURL(files.rendererIndex).href;
let runtime: Runtime | null = null;

app.setName('Vetted');
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    // No pop-ups: a link the writer clicks opens in their browser, if it is a web or mail link.
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedLinkHref(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (url.split('#')[0] !== rendererUrl) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
      callback(false),
    );
    const { values } = parseArgs({
      options: { db: { type: 'string' } },
      strict: false,
      args: process.argv.slice(1),
    });
    const flag = typeof values.db === 'string' ? values.db : undefined;
    const dbPath = resolveLibraryPath(flag, process.env, app.getPath('userData'));
    runtime = createRuntime({ dbPath, host: 'electron' });
    registerIpc(
      ipcMain,
      contract,
      runtime.dispatcher,
      (event) => event.senderFrame?.url.split('#')[0] === rendererUrl,
    );
    const open = () => createMainWindow(files);
    installMenu(open);
    open();
    app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && open());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    runtime?.close();
    runtime = null;
  });
}
