export type DirectoryView = 'list' | 'map';

export const VIEW_PARAM = 'view';

/** The list is the default, so only the map shows in the URL (view=map). */
export function readDirectoryView(params: URLSearchParams): DirectoryView {
  return params.get(VIEW_PARAM) === 'map' ? 'map' : 'list';
}

export function withDirectoryView(params: URLSearchParams, view: DirectoryView): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view === 'map') next.set(VIEW_PARAM, 'map');
  else next.delete(VIEW_PARAM);
  return next;
}
