/** Shown when the page was opened without the run's token (e.g. a bookmarked address). */
export function MissingToken() {
  return (
    <main className="centered-message">
      <h1>Open Vetted from its own address</h1>
      <p>
        This page needs the address that <code>npm run serve</code> printed, the one ending in{' '}
        <code>#token=…</code>. The token changes every time Vetted starts, so old bookmarks stop
        working.
      </p>
    </main>
  );
}
