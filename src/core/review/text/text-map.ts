import { diffChars } from 'diff';

/** A stretch of text that is the same on both sides. */
export interface EqualRun {
  before: number;
  after: number;
  length: number;
}

/** Past this many edited characters in one block, the block counts as rewritten. */
const MAX_EDIT_LENGTH = 2000;

/**
 * Which characters of one version of a block survive unchanged in another, and
 * where: the correspondence that carries anchors from one version to the next.
 */
export class TextMap {
  private constructor(
    private readonly runs: readonly EqualRun[],
    private readonly beforeLength: number,
    private readonly afterLength: number,
  ) {}

  /** Maps a block's text to itself. */
  static identity(text: string): TextMap {
    return new TextMap(
      text ? [{ before: 0, after: 0, length: text.length }] : [],
      text.length,
      text.length,
    );
  }

  /** Maps an edited block's text to its new version by a character diff. */
  static between(before: string, after: string): TextMap {
    if (before === after) return TextMap.identity(before);
    const changes = diffChars(before, after, { maxEditLength: MAX_EDIT_LENGTH });
    const runs: EqualRun[] = [];
    let i = 0;
    let j = 0;
    for (const change of changes ?? []) {
      const length = change.value.length;
      if (change.added) j += length;
      else if (change.removed) i += length;
      else {
        runs.push({ before: i, after: j, length });
        i += length;
        j += length;
      }
    }
    return new TextMap(changes ? runs : [], before.length, after.length);
  }

  /** Where an unchanged range [from, to) of the old text is in the new one, or null if any of it changed. */
  mapRange(from: number, to: number): number | null {
    if (from === to) return this.mapPoint(from);
    const run = this.runs.find(
      (candidate) => candidate.before <= from && to <= candidate.before + candidate.length,
    );
    return run ? run.after + (from - run.before) : null;
  }

  /**
   * Where a point between two characters of the old text is in the new one,
   * or null if a character beside it changed (or the block edge moved).
   */
  mapPoint(offset: number): number | null {
    if (this.beforeLength === 0) return this.afterLength === 0 ? 0 : null;
    const left = offset > 0 ? this.mapChar(offset - 1) : null;
    const right = offset < this.beforeLength ? this.mapChar(offset) : null;
    if (offset === 0) return right === 0 ? 0 : null;
    if (offset === this.beforeLength)
      return left === this.afterLength - 1 ? this.afterLength : null;
    return left !== null && right === left + 1 ? right : null;
  }

  private mapChar(offset: number): number | null {
    const run = this.runs.find(
      (candidate) => candidate.before <= offset && offset < candidate.before + candidate.length,
    );
    return run ? run.after + (offset - run.before) : null;
  }
}
