import type { HarvestModel } from './harvest.model.js';

// The published harvest as files: Markdown for the write-up, rows for the CSV
// of actions. Pure functions of the harvest the reader was allowed to read.

/**
 * Text as Markdown shows it literally: characters that make emphasis, links, code or HTML are escaped
 * anywhere, and those that start a heading, list or quote only at the start of a line (so a sentence
 * keeps its full stops).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1').replace(/^(\s*)([#+\->]|\d+[.)])/, '$1\\$2');
}

/** A paragraph of the conveners' text: kept as written, but no line can start a heading, list or HTML. */
function paragraph(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
    .join('  \n');
}

function when(session: HarvestModel['sessions'][number], timeZone: string): string {
  if (!session.slotStartsAt) return '';
  const format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
  const range = `${format.format(session.slotStartsAt)}–${session.slotEndsAt ? format.format(session.slotEndsAt) : ''}`;
  return session.slotLabel ? `${session.slotLabel} (${range})` : range;
}

/** The harvest as a Markdown document (UTF-8). Times are in the gathering's own time zone. */
export function harvestMarkdown(harvest: HarvestModel, timeZone: string): string {
  const out: string[] = [`# ${escapeMarkdown(harvest.gatheringTitle)} — harvest`, ''];
  if (harvest.themes.length > 0) {
    out.push('## What emerged', '');
    for (const theme of harvest.themes) {
      out.push(`### ${escapeMarkdown(theme.heading)}`, '');
      for (const block of theme.body.split(/\n\s*\n/).filter((b) => b.trim() !== '')) out.push(paragraph(block.trim()), '');
    }
  }
  out.push('## Sessions', '');
  if (harvest.sessions.length === 0) out.push('No sessions were held.', '');
  for (const session of harvest.sessions) {
    out.push(`### ${escapeMarkdown(session.title)}`, '');
    const facts = [
      `Host: ${escapeMarkdown(session.hostName)}`,
      session.spaceName ? `Space: ${escapeMarkdown(session.spaceName)}` : null,
      session.slotStartsAt ? `When: ${escapeMarkdown(when(session, timeZone))}` : null,
      `Took part: ${session.tookPart}`,
    ].filter((fact): fact is string => fact !== null);
    out.push(...facts.map((fact) => `- ${fact}`), '');
    if (session.notes.length > 0) {
      out.push('#### Notes', '');
      for (const note of session.notes)
        out.push(`> ${paragraph(note.text).replace(/ {2}\n/g, '  \n> ')}`, `> — ${escapeMarkdown(note.authorName)}`, '');
    }
    if (session.actions.length > 0) {
      out.push('#### Actions', '');
      for (const action of session.actions) {
        const due = action.dueOn ? `, due ${action.dueOn}` : '';
        out.push(`- [${action.done ? 'x' : ' '}] ${escapeMarkdown(action.what)} (${escapeMarkdown(action.ownerName)}${due})`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/** One row per action, for the CSV (written by common/csv, which neutralises formulas). */
export function actionRows(harvest: HarvestModel): Record<string, string>[] {
  return harvest.sessions.flatMap((session) =>
    session.actions.map((action) => ({
      session: session.title,
      action: action.what,
      owner: action.ownerName,
      due: action.dueOn ?? '',
      done: action.done ? 'yes' : 'no',
    })),
  );
}

/** A file name from the gathering's slug (letters, digits and dashes only). */
export const harvestFileName = (slug: string, extension: 'md' | 'csv', what = 'harvest'): string =>
  `${slug.replace(/[^a-z0-9-]/gi, '').slice(0, 80) || 'gathering'}-${what}.${extension}`;
