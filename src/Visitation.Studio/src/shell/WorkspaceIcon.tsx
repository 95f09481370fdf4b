import type { WorkspaceId } from './workspaces';

const paths: Record<WorkspaceId, string> = {
  // Three boxes joined by lines: a flow.
  designer: 'M3 4h6v5H3zM15 4h6v5h-6zM9 15h6v5H9zM6 9v3h12V9M12 12v3',
  // A folder: a case file.
  sager: 'M3 6h6l2 2h10v11H3z',
  // A calendar page: meetings.
  moeder: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  // Bars: management information.
  overblik: 'M4 20h16M6 20v-6M11 20V8M16 20v-9',
  // A parcel: orders to deliver.
  leverandoer: 'M4 8l8-4 8 4v9l-8 4-8-4zM4 8l8 4 8-4M12 12v9',
  // Sliders: settings.
  administration: 'M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1M15 4v4M9 10v4M17 16v4',
};

export function WorkspaceIcon({ id }: { id: WorkspaceId }) {
  return (
    <svg
      className="workspace-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinejoin="round"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[id]} />
    </svg>
  );
}
