// Reading iCalendar text back as a calendar application does, to check what a file really says.

/** RFC 5545 content lines: unfolded, each split into its name (parameters dropped) and its raw value. */
export function parseICalendar(text: string): [string, string][] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).split(';')[0], line.slice(colon + 1)];
    });
}

/** A TEXT value as RFC 5545 §3.3.11 reads it. */
export const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
