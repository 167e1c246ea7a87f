type Writer = (value: never) => string;

const finiteNumber = (value: number): string => {
  if (!Number.isFinite(value)) throw new TypeError(`Cannot write ${value} as JSON`);
  return JSON.stringify(value);
};

const objectOrArray = (value: object | null): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
};

/** How each kind of JSON value is written, by `typeof`. */
const WRITERS: Partial<Record<string, Writer>> = {
  boolean: (value: boolean) => JSON.stringify(value),
  string: (value: string) => JSON.stringify(value),
  number: finiteNumber,
  object: objectOrArray,
};

/**
 * A canonical JSON text of a value: object keys sorted by code unit, no
 * whitespace, undefined members left out, strings and numbers as
 * JSON.stringify writes them. Equal data gives equal text whatever the key
 * order, so a checksum over it does not depend on how the file was formatted.
 */
export function canonicalJson(value: unknown): string {
  const write = WRITERS[typeof value];
  if (!write) throw new TypeError(`Cannot write a ${typeof value} as JSON`);
  return (write as (value: unknown) => string)(value);
}
