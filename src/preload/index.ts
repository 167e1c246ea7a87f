import { contextBridge, ipcRenderer } from 'electron';
import manifest from 'virtual:vetted-contract-manifest';
import { bridgeFromManifest, channelOf, type RawEnvelope } from '../core/api/channels';

/**
 * The whole preload: one object, `window.vetted`, with one method per contract method,
 * each forwarding to its IPC channel and resolving with an envelope. It carries only the
 * method names (derived from the contract at build time); main validates every call.
 * Nothing else of Electron or Node is exposed to the page.
 */
const bridge = bridgeFromManifest(
  manifest,
  (method, input) => ipcRenderer.invoke(channelOf(method), input) as Promise<RawEnvelope>,
);

contextBridge.exposeInMainWorld('vetted', bridge);
