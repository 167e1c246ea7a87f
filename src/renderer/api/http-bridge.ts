import { contract, makeBridge, type Envelope, type VettedBridge } from '../../core/api';

const TOKEN_KEY = 'vetted.token';
/** Requests smaller than this can use keepalive, which survives the page closing. */
const KEEPALIVE_LIMIT = 60 * 1024;

/**
 * Reads the run's token from `#token=…` once, keeps it for this tab, and removes it
 * from the address bar so it is not left in history or screenshots.
 */
export function takeToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    const rest = window.location.hash.replace(/(^#|&)token=[^&]+/, '$1').replace(/^#&/, '#');
    history.replaceState(null, '', rest === '#' ? window.location.pathname : rest);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The bridge used in a plain browser: the same contract over the loopback HTTP host. */
export function httpBridge(token: string): VettedBridge {
  return makeBridge(contract, async (method, input): Promise<Envelope<unknown>> => {
    const body = JSON.stringify({ input });
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        keepalive: body.length < KEEPALIVE_LIMIT,
      });
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'unavailable',
          message: 'Vetted is not reachable. Your changes are kept in this window.',
          path: [],
        },
      };
    }
  });
}
