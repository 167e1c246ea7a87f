/** How deeply a call's input may nest (objects and arrays); a document level takes two. */
export const MAX_INPUT_DEPTH = 200;

interface Frame {
  value: object;
  depth: number;
  key: string | number;
  parent: Frame | null;
}

/**
 * The path to the first place where `value` nests deeper than `limit`, or null.
 * Walks with an explicit stack, so a hostile input cannot overflow the call stack
 * here the way it would in a recursive schema check.
 */
export function tooDeepAt(value: unknown, limit = MAX_INPUT_DEPTH): (string | number)[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const stack: Frame[] = [{ value, depth: 0, key: '', parent: null }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth >= limit) return pathOf(frame);
    const children: [string | number, unknown][] = Array.isArray(frame.value)
      ? frame.value.map((item, index): [number, unknown] => [index, item])
      : Object.entries(frame.value);
    for (const [key, child] of children) {
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return null;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | null = frame; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
}
