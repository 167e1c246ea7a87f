import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf, listMethods, type ContractSpec, type Dispatcher } from '../../core/api';

/**
 * Registers one IPC handler per contract method, each dispatching into the same
 * table as the HTTP host. Calls from any frame other than our own page are refused.
 */
export function registerIpc(
  ipcMain: IpcMain,
  contract: ContractSpec,
  dispatcher: Dispatcher,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  const channels: string[] = [];
  for (const [namespace, name] of listMethods(contract)) {
    const method = `${namespace}.${name}`;
    const channel = channelOf(method);
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'Calls from this frame are refused.', path: [] },
        };
      }
      return dispatcher(method, input);
    });
    channels.push(channel);
  }
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
