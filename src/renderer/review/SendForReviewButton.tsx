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
  const send = async () => {
    try {
      await flush();
      const { fileName, content } = await api.reviewPackages.create({ draftId });
      downloadText(fileName, content);
      onDone(
        `Review package saved as “${fileName}”. Send it to your reviewer; import their returned file with “Import review”.`,
      );
    } catch (error) {
      onDone(`The review package was not written: ${errorMessage(error)}`);
    }
  };
  return (
    <button type="button" onClick={() => void send()}>
      Send for review
    </button>
  );
}
