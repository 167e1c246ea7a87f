import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, contract, makeBridge, type Envelope } from '../core/api';

/**
 * The whole preload: one object, `window.vetted`, built from the contract. Each
 * method forwards to its IPC channel and resolves with an envelope; nothing else
 * of Electron or Node is exposed to the page.
 */
const bridge = makeBridge(
  contract,
  (method, input) => ipcRenderer.invoke(channelOf(method), input) as Promise<Envelope<unknown>>,
);

contextBridge.exposeInMainWorld('vetted', bridge);
