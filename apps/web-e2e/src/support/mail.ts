import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The folder Weave writes its mail to in the journeys (set by the global setup). */
const outbox = () => {
  const dir = process.env.WEAVE_E2E_OUTBOX;
  if (!dir) throw new Error('WEAVE_E2E_OUTBOX is not set: run the journeys with npm run e2e');
  return dir;
};

/** The plain text of an .eml file (quoted-printable undone). */
function bodyOf(raw: string): { to: string; text: string } {
  const to = raw.match(/^To: (.*)$/im)?.[1].trim() ?? '';
  const body = raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n')
    .replace(/=\r?\n/g, '');
  const text = Buffer.from(
    body.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
  return { to, text };
}

/**
 * The newest link to `pathname` (e.g. /verify-email) in mail to `to`, as a path with its query, waiting up to
 * 20 s for the mail (it goes through the job queue, slower on a loaded machine): the way a person would open it from their inbox.
 */
export async function linkFromMail(to: string, pathname: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const files = (await readdir(outbox())).sort().reverse();
    for (const file of files) {
      const mail = bodyOf(await readFile(path.join(outbox(), file), 'utf8'));
      const link = mail.text.match(new RegExp(`https?://[^/\\s]+(${pathname}\\?token=[\\w-]+)`));
      if (mail.to.toLowerCase() === to.toLowerCase() && link) return link[1];
    }
    if (Date.now() > deadline) throw new Error(`No mail to ${to} with a link to ${pathname}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
