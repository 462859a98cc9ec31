import type { DataSource, EntityManager } from 'typeorm';

/** `base`, or `base-2`, `base-3`… whichever is free in `table.slug` (case-insensitive). */
export async function freeSlug(db: DataSource | EntityManager, table: 'networks' | 'gatherings', base: string): Promise<string> {
  const rows: { slug: string }[] = await db.query(`SELECT slug FROM ${table} WHERE slug = $1 OR slug ~ ('^' || $2 || '-[0-9]+$')`, [
    base,
    base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  ]);
  const taken = new Set(rows.map((r) => r.slug.toLowerCase()));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
