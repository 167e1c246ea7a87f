/** A compiled list of phrases (or patterns) to find in text. */
export interface PhraseMatcher {
  /** Every match in `text` between `from` and `to`, as block offsets. */
  find: (text: string, from?: number, to?: number) => { from: number; to: number; text: string }[];
  /** Whether any phrase occurs in `text`. */
  test: (text: string) => boolean;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles phrases into one case-insensitive pattern that matches whole words only;
 * a space or hyphen in a phrase matches either ("game changer" = "game-changer").
 * With `regex`, entries are regular expressions instead (validated by the caller).
 */
export function compilePhrases(
  phrases: readonly string[],
  options: { regex?: boolean } = {},
): PhraseMatcher {
  const sources = phrases
    .filter((phrase) => phrase.trim())
    .map((phrase) =>
      options.regex
        ? phrase
        : escape(phrase.trim())
            .replace(/[\s\-‐]+/g, '[\\s\\u00a0\\-‐]+')
            .replace(/'/g, "['’]"),
    )
    .sort((a, b) => b.length - a.length);
  if (!sources.length) return { find: () => [], test: () => false };
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return {
    find: (text, from = 0, to = text.length) => {
      const found: { from: number; to: number; text: string }[] = [];
      const slice = text.slice(from, to);
      pattern.lastIndex = 0;
      for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
        if (!match[0]) {
          pattern.lastIndex += 1;
          continue;
        }
        found.push({
          from: from + match.index,
          to: from + match.index + match[0].length,
          text: match[0],
        });
      }
      return found;
    },
    test: (text) => {
      pattern.lastIndex = 0;
      return pattern.test(text);
    },
  };
}

/** Whether a regular expression source compiles; the message says why not. */
export function checkRegex(source: string): string | null {
  try {
    new RegExp(source, 'u');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
