import type { AppInfo } from '../../core/api';
import { DraftView } from '../draft/DraftView';
import { LibraryPanel } from '../library/LibraryPanel';
import { useRoutedDraftId } from './route';

/** The main window: the library on the left, the open draft beside it. */
export function Workspace({ info }: { info: AppInfo }) {
  const [draftId, openDraft] = useRoutedDraftId();
  return (
    <div className="workspace">
      <LibraryPanel openDraftId={draftId} onOpen={openDraft} />
      {draftId ? (
        <DraftView key={draftId} draftId={draftId} host={info.host} onOpenDraft={openDraft} />
      ) : (
        <main className="empty-state">
          <h1>No draft open</h1>
          <p>Choose a draft in the library, or start a new one.</p>
        </main>
      )}
    </div>
  );
}
