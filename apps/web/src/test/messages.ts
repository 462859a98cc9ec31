import type { LanguageMessages } from '../i18n/i18n';
import { languages, loadMessages, namespaces } from '../i18n/languages';

async function languageMessages(code: string): Promise<LanguageMessages> {
  return Object.fromEntries(await Promise.all(namespaces.map(async (namespace) => [namespace, await loadMessages(code, namespace)])));
}

/** Every namespace of every language, loaded once: a test renders any component without waiting for a download. */
export const allMessages: Record<string, LanguageMessages> = Object.fromEntries(
  await Promise.all(languages.map(async ({ code }) => [code, await languageMessages(code)] as const)),
);
