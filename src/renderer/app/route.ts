import { useEffect, useState } from 'react';

/** The open draft lives in the address (`#/draft/ID`) so reloading keeps it open. */
export function useRoutedDraftId(): [string | null, (id: string | null) => void] {
  const [draftId, setDraftId] = useState<string | null>(() => parse(window.location.hash));

  useEffect(() => {
    const onChange = () => setDraftId(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const open = (id: string | null) => {
    const hash = id ? `#/draft/${encodeURIComponent(id)}` : '#/';
    if (window.location.hash !== hash) window.location.hash = hash;
    setDraftId(id);
  };
  return [draftId, open];
}

function parse(hash: string): string | null {
  const match = /^#\/draft\/([^/?&]+)/.exec(hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
