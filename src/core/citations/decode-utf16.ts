/**
 * The text of a file that starts with a UTF-16 byte order mark (EndNote and
 * JabRef on Windows save such files), or null when it has none and is read as UTF-8.
 */
export function decodeUtf16(bytes: Uint8Array): string | null {
  const littleEndian = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bigEndian = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!littleEndian && !bigEndian) return null;
  const units: number[] = [];
  const chunks: string[] = [];
  for (let index = 2; index + 1 < bytes.length; index += 2) {
    const low = bytes[index] ?? 0;
    const high = bytes[index + 1] ?? 0;
    units.push(littleEndian ? low | (high << 8) : (low << 8) | high);
    // fromCharCode takes its code units as arguments: keep each call small.
    if (units.length === 8192) chunks.push(String.fromCharCode(...units.splice(0)));
  }
  chunks.push(String.fromCharCode(...units));
  return chunks.join('');
}
