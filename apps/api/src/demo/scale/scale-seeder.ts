import type pg from 'pg';
import { generateScaleData, type ScaleData, type ScaleOptions } from './scale-generator.js';

export interface ScaleSeedResult {
  people: number;
  networks: number;
  ties: number;
  roles: number;
  generateMs: number;
  insertMs: number;
}

const BATCH = 2000;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/**
 * Bulk-loads generated data in one transaction, a batch of rows per
 * statement (`INSERT … SELECT FROM unnest(arrays)`: one parameter per column,
 * whatever the batch size). The networks' search column is filled by their trigger.
 */
export async function seedScale(client: pg.ClientBase, options: ScaleOptions, passwordHash: string): Promise<ScaleSeedResult> {
  const started = Date.now();
  const data: ScaleData = generateScaleData(options);
  const generateMs = Date.now() - started;

  await client.query('BEGIN');
  try {
    for (const rows of batches(data.people)) {
      await client.query(
        `INSERT INTO people (id, email, display_name, password_hash)
         SELECT id, email, name, $4 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, email, name)`,
        [rows.map((p) => p.id), rows.map((p) => p.email), rows.map((p) => p.displayName), passwordHash],
      );
    }
    for (const rows of batches(data.networks)) {
      const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((n) => n[key]);
      await client.query(
        `INSERT INTO networks (id, slug, name, kind, purpose, "values", themes, sectors, place_name, region, latitude, longitude,
                               scope, lifecycle_stage, visibility, closing_note, created_at, updated_at)
         SELECT id, slug, name, kind, purpose, vals, string_to_array(themes, '|'), string_to_array(sectors, '|'), place, region,
                lat, lng, scope, stage, visibility, note, created, created
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                       $10::text[], $11::float8[], $12::float8[], $13::text[], $14::text[], $15::text[], $16::text[], $17::timestamptz[])
             AS t(id, slug, name, kind, purpose, vals, themes, sectors, place, region, lat, lng, scope, stage, visibility, note, created)`,
        [
          column('id'),
          column('slug'),
          column('name'),
          column('kind'),
          column('purpose'),
          column('values'),
          rows.map((n) => n.themes.join('|')),
          rows.map((n) => n.sectors.join('|')),
          column('placeName'),
          column('region'),
          column('latitude'),
          column('longitude'),
          column('scope'),
          column('lifecycleStage'),
          column('visibility'),
          column('closingNote'),
          column('createdAt'),
        ],
      );
    }
    const networkId = (i: number) => data.networks[i].id;
    for (const rows of batches(data.ties)) {
      await client.query(
        `INSERT INTO network_memberships (member_id, parent_id, tie_type, status, since)
         SELECT m, p, t, 'active', s FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[]) AS x(m, p, t, s)`,
        [
          rows.map((t) => networkId(t.member)),
          rows.map((t) => networkId(t.parent)),
          rows.map((t) => t.tieType),
          // A tie starts once both networks exist.
          rows.map((t) => data.networks[t.member].createdAt.toISOString().slice(0, 10)),
        ],
      );
    }
    for (const rows of batches(data.roles)) {
      await client.query(
        `INSERT INTO role_assignments (person_id, scope_type, scope_id, role, started_at)
         SELECT p, 'network', n, r, s FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) AS x(p, n, r, s)`,
        [
          rows.map((r) => data.people[r.person].id),
          rows.map((r) => networkId(r.network)),
          rows.map((r) => r.role),
          rows.map((r) => data.networks[r.network].createdAt),
        ],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE networks; ANALYZE network_memberships; ANALYZE role_assignments; ANALYZE people');
  return {
    people: data.people.length,
    networks: data.networks.length,
    ties: data.ties.length,
    roles: data.roles.length,
    generateMs,
    insertMs: Date.now() - started - generateMs,
  };
}
