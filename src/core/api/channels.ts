/**
 * The contract's method names without its schemas, for the sandboxed preload: it only
 * forwards calls, so it carries names (about a kilobyte) instead of zod and every schema.
 * Derived from the contract at build time (`manifestOf`), never written by hand.
 */
export type ContractManifest = Readonly<Record<string, readonly string[]>>;

/** What travels back over a transport, as the preload sees it (validated in main). */
export type RawEnvelope = { ok: true; value: unknown } | { ok: false; error: unknown };

/** The IPC channel of a method: derived, never written by hand. */
export function channelOf(method: string): string {
  return `vetted:${method}`;
}

/** Namespace → method names of a contract (its shape, without the schemas). */
export function manifestOf(contract: Readonly<Record<string, Readonly<Record<string, unknown>>>>) {
  const manifest: Record<string, string[]> = {};
  for (const [namespace, methods] of Object.entries(contract)) {
    manifest[namespace] = Object.keys(methods);
  }
  return manifest as ContractManifest;
}

/** Builds the errors-as-data bridge from method names alone: each method forwards to `send`. */
export function bridgeFromManifest(
  manifest: ContractManifest,
  send: (method: string, input: unknown) => Promise<RawEnvelope>,
): Record<string, Record<string, (input: unknown) => Promise<RawEnvelope>>> {
  const bridge: Record<string, Record<string, (input: unknown) => Promise<RawEnvelope>>> = {};
  for (const [namespace, names] of Object.entries(manifest)) {
    const methods: Record<string, (input: unknown) => Promise<RawEnvelope>> = {};
    for (const name of names) methods[name] = (input) => send(`${namespace}.${name}`, input);
    bridge[namespace] = methods;
  }
  return bridge;
}
