/** The work list's views, filters, sort and page as they live in the URL, so a shared link opens the same list. */
export const views = ['mine', 'candidate', 'team', 'overdue'] as const;
export type View = (typeof views)[number];

export const sorts = ['due', '-due', 'created', '-created'] as const;
export type Sort = (typeof sorts)[number];

export const pageSizes = [50, 100, 200] as const;

export interface WorkListParams {
  view: View;
  q: string;
  sort: Sort;
  /** Zero-based page. */
  page: number;
  size: number;
}

export const defaults: WorkListParams = { view: 'mine', q: '', sort: 'due', page: 0, size: 50 };

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads the URL's query; anything missing or unknown falls back to the default. */
export function readParams(search: URLSearchParams, defaultView: View = defaults.view): WorkListParams {
  const page = Number.parseInt(search.get('side') ?? '', 10);
  const size = Number.parseInt(search.get('antal') ?? '', 10);
  return {
    view: oneOf(search.get('visning'), views, defaultView),
    q: (search.get('q') ?? '').slice(0, 100),
    sort: oneOf(search.get('sortering'), sorts, defaults.sort),
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
    size: (pageSizes as readonly number[]).includes(size) ? size : defaults.size,
  };
}

/** Writes only what differs from the defaults, with the page counted from 1 as people count. */
export function writeParams(params: WorkListParams, defaultView: View = defaults.view): URLSearchParams {
  const search = new URLSearchParams();
  if (params.view !== defaultView) search.set('visning', params.view);
  if (params.q.trim()) search.set('q', params.q.trim());
  if (params.sort !== defaults.sort) search.set('sortering', params.sort);
  if (params.page > 0) search.set('side', String(params.page + 1));
  if (params.size !== defaults.size) search.set('antal', String(params.size));
  return search;
}

/** The API's query for these params. */
export function apiQuery(params: WorkListParams) {
  return {
    view: params.view,
    q: params.q.trim() || undefined,
    sort: params.sort,
    skip: params.page * params.size,
    take: params.size,
  };
}
