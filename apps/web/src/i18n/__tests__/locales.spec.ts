import { languages, loadMessages, namespaces } from '../languages';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>(
    (all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

// Each namespace (a feature's messages, or common) in each language, against the English one.
const cases = namespaces.flatMap((namespace) => languages.map((language) => [namespace, language.code] as const));

describe.each(cases)('%s messages in %s', (namespace, code) => {
  let messages: Record<string, unknown>;
  let english: Record<string, unknown>;
  beforeAll(async () => {
    messages = flatten(await loadMessages(code, namespace));
    english = flatten(await loadMessages('en', namespace));
  });

  it('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('has no empty or non-string messages', () => {
    const bad = Object.entries(messages).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad).toEqual([]);
  });

  it('keeps the same {{placeholders}} as English', () => {
    const mismatched = Object.entries(messages).filter(
      ([key, value]) => placeholders(String(value)).join() !== placeholders(String(english[key])).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('namespaces', () => {
  it('keep every top-level key in one namespace only, so a key reads the same wherever it is used', async () => {
    const topLevel = await Promise.all(namespaces.map(async (namespace) => Object.keys(await loadMessages('en', namespace))));
    const keys = topLevel.flat();
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });
});

describe('language list', () => {
  it('has unique codes and a name for each language', () => {
    expect(new Set(languages.map((language) => language.code)).size).toBe(languages.length);
    expect(languages.every((language) => language.name.trim() !== '')).toBe(true);
  });
});
