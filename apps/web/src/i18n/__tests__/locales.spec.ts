import { languages } from '../languages';
import { en } from '../locales/en';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>(
    (all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
const english = flatten(en);

describe.each(languages.map((language) => [language.code, language] as const))('locale %s', (_code, language) => {
  let messages: Record<string, unknown>;
  beforeAll(async () => {
    messages = flatten(await language.load());
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

describe('language list', () => {
  it('has unique codes and a name for each language', () => {
    expect(new Set(languages.map((language) => language.code)).size).toBe(languages.length);
    expect(languages.every((language) => language.name.trim() !== '')).toBe(true);
  });
});
