import { readingTimeLabel } from '../../core/document/word-count';
import { formatTime, formatWords } from '../ui/format';
import type { SaveState } from './autosave';

/** What "saved" means right now, in words a writer understands. */
export function describeSaveState(state: SaveState): string {
  const labels: Record<SaveState['kind'], (s: never) => string> = {
    saved: (s: Extract<SaveState, { kind: 'saved' }>) => `Saved ${formatTime(s.at)}`,
    dirty: () => 'Unsaved changes',
    saving: () => 'Saving…',
    retrying: () => 'Not saved — retrying',
    conflict: () => 'Not saved — changed in another window',
  };
  return (labels[state.kind] as (s: SaveState) => string)(state);
}

/** The bottom bar: save state (a live status region), words and reading time. */
export function StatusBar({
  saveState,
  words,
  children,
}: {
  saveState: SaveState;
  words: number;
  children?: React.ReactNode;
}) {
  return (
    <footer className="status-bar">
      <span
        role="status"
        className={`save-state save-${saveState.kind}`}
        title={saveState.kind === 'retrying' ? saveState.message : undefined}
      >
        {describeSaveState(saveState)}
      </span>
      <span className="status-spacer" />
      {children}
      <span className="word-count">{formatWords(words)}</span>
      <span className="reading-time">{readingTimeLabel(words)}</span>
    </footer>
  );
}
