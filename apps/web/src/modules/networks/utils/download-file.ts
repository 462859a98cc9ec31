/** The file name a Content-Disposition header suggests, or the fallback. */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  const match = header?.match(/filename="?([^";]+)"?/i);
  return match?.[1]?.trim() || fallback;
}

/**
 * Fetches a file and hands it to the browser as a download. A plain link is
 * not enough for the API's files: the server answers page navigations (which
 * ask for HTML, or for anything) with the web app, so this asks for the file's type only (CSV unless told).
 */
export async function downloadFile(url: string, fallbackName: string, accept = 'text/csv'): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: accept } });
  if (!response.ok) throw new Error(`Download failed with status ${response.status}`);
  saveBlob(await response.blob(), filenameFromDisposition(response.headers.get('Content-Disposition'), fallbackName));
}

/** Hands a file made in the browser (or fetched) to the browser to save. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start saving before the file is let go.
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}
