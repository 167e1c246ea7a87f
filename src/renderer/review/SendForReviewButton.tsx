import { useState } from 'react';
import { useApi } from '../api/client';
import { errorMessage } from '../ui/format';
import { downloadText } from './download';

interface SendForReviewProps {
  draftId: string;
  /** Saves pending edits first, so the package holds what the writer sees. */
  flush: () => Promise<number>;
  onDone: (message: string) => void;
}

/** Writes the draft, its sources, comments and suggestions into one review package file. */
export function SendForReviewButton({ draftId, flush, onDone }: SendForReviewProps) {
  const api = useApi();
  const [sending, setSending] = useState(false);
  const send = async () => {
    // A second click while the first send is under way is the same request.
    if (sending) return;
    setSending(true);
    try {
      await flush();
      const { fileName, content } = await api.reviewPackages.create({ draftId });
      downloadText(fileName, content);
      onDone(
        `Review package saved as “${fileName}”. Send it to your reviewer; import their returned file with “Import review”.`,
      );
    } catch (error) {
      onDone(`The review package was not written: ${errorMessage(error)}`);
    } finally {
      setSending(false);
    }
  };
  return (
    <button type="button" onClick={() => void send()} disabled={sending} aria-busy={sending}>
      Send for review
    </button>
  );
}
