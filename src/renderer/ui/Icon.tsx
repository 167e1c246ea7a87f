/** Line icons drawn on a 20×20 grid with the current text colour. */
const PATHS = {
  link: 'M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1 M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1',
  bulletList: 'M8 5h9 M8 10h9 M8 15h9 M3.5 5h.01 M3.5 10h.01 M3.5 15h.01',
  orderedList: 'M9 5h8 M9 10h8 M9 15h8 M3 4l1.5-1v4 M2.8 12.2a1.2 1.2 0 1 1 2 .9L3 15h2.2',
  quote: 'M4 6h4v4c0 2-1 3.5-3 4 M12 6h4v4c0 2-1 3.5-3 4',
  divider: 'M3 10h14',
  undo: 'M7 5L3.5 8.5 7 12 M4 8.5h8a4 4 0 0 1 0 8H9',
  redo: 'M13 5l3.5 3.5L13 12 M16 8.5H8a4 4 0 0 0 0 8h3',
  history: 'M3.5 10a6.5 6.5 0 1 0 2-4.7 M3 3v3.5h3.5 M10 6.5V10l2.5 2',
} as const;

export type IconName = keyof typeof PATHS;

/** A decorative icon; the button around it carries the accessible name. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
