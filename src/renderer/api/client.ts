import { createContext, useContext } from 'react';
import { clientFromBridge, contract, type VettedApi, type VettedBridge } from '../../core/api';
import { httpBridge, takeToken } from './http-bridge';

/** Picks the bridge: Electron's preload object, or the HTTP host with this tab's token. */
export function createApi(): VettedApi | null {
  let bridge: VettedBridge | undefined = window.vetted;
  if (!bridge) {
    const token = takeToken();
    if (!token) return null;
    bridge = httpBridge(token);
  }
  return clientFromBridge(contract, bridge);
}

export const ApiContext = createContext<VettedApi | null>(null);

/** The typed API of the running app. */
export function useApi(): VettedApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
