import { sql, type SqlBool } from 'kysely';

/** `base`, or `base-2`, `base-3`… whichever is not in `taken` (lower case). */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** "`column` is `base` or `base-<n>`": the slugs {@link nextFreeSlug} must step over. */
export function inSlugFamily(column: string, base: string) {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return sql<SqlBool>`(${sql.ref(column)} = ${base} OR ${sql.ref(column)} ~ ('^' || ${escaped} || '-[0-9]+$'))`;
}
