import { randomBytes } from 'node:crypto';

/**
 * A network's slug: readable (`base`) when it is free, else `base-` and eight random
 * letters and digits — never the next number, so a slug says nothing about the networks
 * before it. A members-only network always takes a random suffix: it never holds a
 * readable slug someone else would collide with, so registering a name never reveals
 * that a members-only network of that name exists.
 */
export function networkSlug(base: string, taken: ReadonlySet<string>, membersOnly: boolean): string {
  if (!membersOnly && !taken.has(base)) return base;
  for (;;) {
    const slug = `${base}-${randomSuffix()}`;
    if (!taken.has(slug)) return slug;
  }
}

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

function randomSuffix(): string {
  return [...randomBytes(8)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}
