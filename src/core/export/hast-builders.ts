import type { Element, ElementContent, Properties, Text } from 'hast';

/** A hast element; children may be strings, which become text nodes. */
export function element(
  tagName: string,
  properties: Properties = {},
  children: readonly (ElementContent | string | null | undefined | false)[] = [],
): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children: children
      .filter((child): child is ElementContent | string => Boolean(child) || child === '')
      .map((child) => (typeof child === 'string' ? text(child) : child)),
  };
}

/** A hast text node. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** An element whose children each start on a new line, so exported HTML diffs line by line. */
export function blockElement(
  tagName: string,
  properties: Properties = {},
  children: readonly (ElementContent | string | null | undefined | false)[] = [],
): Element {
  const built = element(tagName, properties, children);
  built.children = built.children.flatMap((child) => [text('\n'), child]);
  built.children.push(text('\n'));
  return built;
}
