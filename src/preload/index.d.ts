import type { VettedBridge } from '../core/api';

declare global {
  interface Window {
    /** Present inside Electron (set by the preload); absent in the browser host. */
    vetted?: VettedBridge;
    /** Set by the renderer so the main process can flush the last edit before closing. */
    __vettedFlush?: () => Promise<void>;
  }
}

export {};
