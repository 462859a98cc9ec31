interface Property {
  params: Record<string, string>;
  value: string;
}

interface Calendar {
  /** What the file opens with: VCALENDAR for a calendar. */
  begin: string | undefined;
  /** Whether the calendar component is closed again. */
  complete: boolean;
  events: Record<string, Property>[];
}

/** Reads "NAME;PARAM=x:value" (values keep their colons). */
function readLine(line: string): [string, Property] {
  const colon = line.indexOf(':');
  const [name, ...params] = line.slice(0, colon).split(';');
  return [name, { params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])), value: line.slice(colon + 1) }];
}

/** Just enough of RFC 5545 to check a download: unfolds lines and collects each VEVENT's properties. */
export function parseCalendar(text: string): Calendar {
  const lines = text
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const events: Record<string, Property>[] = [];
  let event: Record<string, Property> | undefined;
  for (const line of lines) {
    const [name, property] = readLine(line);
    if (name === 'BEGIN' && property.value === 'VEVENT') event = {};
    else if (name === 'END' && property.value === 'VEVENT' && event) {
      events.push(event);
      event = undefined;
    } else if (event) event[name] = property;
  }
  return { begin: lines[0] ? readLine(lines[0])[1].value : undefined, complete: lines.at(-1) === 'END:VCALENDAR', events };
}
