import { canonicalJson } from './canonical-json';
import { sha256OfText } from './sha256';

/**
 * The checksum of a package: SHA-256 of the canonical JSON of
 * `{ format, version, payload }`, as 64 lower-case hex digits.
 */
export function packageChecksum(format: unknown, version: unknown, payload: unknown): string {
  return sha256OfText(canonicalJson({ format, version, payload }));
}
