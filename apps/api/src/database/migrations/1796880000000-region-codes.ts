import { Logger } from '@nestjs/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Kept here (not imported from the app) so this migration means the same thing for ever.
const REGIONS: Record<string, { en: string; cy: string; aliases: string[] }> = {
  england: { en: 'England', cy: 'Lloegr', aliases: ['england', 'lloegr'] },
  scotland: { en: 'Scotland', cy: 'Yr Alban', aliases: ['scotland', 'alba', 'yr alban'] },
  wales: { en: 'Wales', cy: 'Cymru', aliases: ['wales', 'cymru'] },
  northern_ireland: { en: 'Northern Ireland', cy: 'Gogledd Iwerddon', aliases: ['northern ireland', 'ni', 'gogledd iwerddon'] },
  north_east: { en: 'North East England', cy: 'Gogledd-ddwyrain Lloegr', aliases: ['north east', 'north east england', 'northeast'] },
  north_west: { en: 'North West England', cy: 'Gogledd-orllewin Lloegr', aliases: ['north west', 'north west england', 'northwest'] },
  yorkshire_and_the_humber: {
    en: 'Yorkshire and the Humber',
    cy: "Swydd Efrog a'r Humber",
    aliases: ['yorkshire', 'yorkshire and the humber', 'yorkshire and humber', 'yorkshire humber'],
  },
  east_midlands: { en: 'East Midlands', cy: 'Dwyrain Canolbarth Lloegr', aliases: ['east midlands'] },
  west_midlands: { en: 'West Midlands', cy: 'Gorllewin Canolbarth Lloegr', aliases: ['west midlands'] },
  east_of_england: { en: 'East of England', cy: 'Dwyrain Lloegr', aliases: ['east of england', 'east england', 'east anglia'] },
  london: { en: 'London', cy: 'Llundain', aliases: ['london', 'greater london', 'llundain'] },
  south_east: { en: 'South East England', cy: 'De-ddwyrain Lloegr', aliases: ['south east', 'south east england', 'southeast'] },
  south_west: { en: 'South West England', cy: 'De-orllewin Lloegr', aliases: ['south west', 'south west england', 'southwest'] },
};

/** "  North-West  England " → "north west england"; "Yorkshire & the Humber" → "yorkshire and the humber". */
export function normaliseRegionText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/^(the|uk) /, '')
    .replace(/ (region|uk)$/, '');
}

export function regionCodeOf(text: string): string | null {
  const wanted = normaliseRegionText(text);
  for (const [code, region] of Object.entries(REGIONS)) if (region.aliases.includes(wanted)) return code;
  return null;
}

const regionNamesSql = (cases: string) => `CREATE OR REPLACE FUNCTION weave_region_names(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT CASE $1 ${cases} END $$`;

const searchDocument = (row: string, withPlaces: boolean) =>
  [
    `setweight(to_tsvector('english', weave_unaccent(coalesce(${row}.name, ''))), 'A')`,
    `setweight(to_tsvector('english', weave_unaccent(coalesce(${row}.purpose, ''))), 'B')`,
    ...(withPlaces
      ? [
          `setweight(to_tsvector('english', weave_unaccent(array_to_string(${row}.themes, ' '))), 'B')`,
          `setweight(to_tsvector('english', weave_unaccent(coalesce(${row}.place_name, '') || ' ' || coalesce(weave_region_names(${row}.region), ''))), 'C')`,
        ]
      : []),
    `setweight(to_tsvector('english', weave_unaccent(coalesce(${row}.description, ''))), 'C')`,
  ].join(' || ');

const searchTrigger = (withPlaces: boolean) => [
  `CREATE OR REPLACE FUNCTION networks_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search := ${searchDocument('NEW', withPlaces)};
      RETURN NEW;
    END $$`,
  `DROP TRIGGER networks_search_trigger ON networks`,
  `CREATE TRIGGER networks_search_trigger BEFORE INSERT OR UPDATE OF ${withPlaces ? 'name, purpose, description, themes, place_name, region' : 'name, purpose, description'} ON networks FOR EACH ROW EXECUTE FUNCTION networks_search_update()`,
  `UPDATE networks SET search = ${searchDocument('networks', withPlaces)}`,
];

/**
 * Regions from a fixed list (issue 14 §1): the free-text `region` becomes a code (a UK nation or an
 * English region). Existing values are mapped case-, space- and accent-insensitively ("wales",
 * "Cymru", "Yorkshire"); a value that maps to none is logged and kept in the free-text place
 * (`place_name`), so nothing is lost. The search document now also covers themes, the place and
 * the region's English and Welsh names (weighted name > purpose, themes > place, region, description).
 */
export class RegionCodes1796880000000 implements MigrationInterface {
  name = 'RegionCodes1796880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const logger = new Logger(RegionCodes1796880000000.name);
    const values: { region: string }[] = await queryRunner.query(`SELECT DISTINCT region FROM networks WHERE region IS NOT NULL`);
    const unmapped: string[] = [];
    for (const { region } of values) {
      const code = region.trim() === '' ? null : regionCodeOf(region);
      if (code === region) continue;
      if (code || region.trim() === '') {
        await queryRunner.query(`UPDATE networks SET region = $2 WHERE region = $1`, [region, code]);
        continue;
      }
      unmapped.push(region);
      await queryRunner.query(
        `UPDATE networks
            SET place_name = CASE
                  WHEN coalesce(trim(place_name), '') = '' THEN trim(region)
                  WHEN strpos(lower(place_name), lower(trim(region))) > 0 THEN place_name
                  ELSE place_name || ', ' || trim(region) END,
                region = NULL
          WHERE region = $1`,
        [region],
      );
    }
    if (unmapped.length) {
      logger.warn(`Regions not on the list, kept as the place: ${unmapped.map((r) => JSON.stringify(r)).join(', ')}`);
    }
    const codes = Object.keys(REGIONS);
    await queryRunner.query(
      `ALTER TABLE networks ADD CONSTRAINT networks_region_code CHECK ("region" IN (${codes.map((c) => `'${c}'`).join(', ')}))`,
    );
    await queryRunner.query(
      regionNamesSql(
        Object.entries(REGIONS)
          .map(([code, r]) => `WHEN '${code}' THEN '${(r.en + ' ' + r.cy).replace(/'/g, "''")}'`)
          .join(' '),
      ),
    );
    for (const statement of searchTrigger(true)) await queryRunner.query(statement);
    await queryRunner.query(`CREATE INDEX networks_region_idx ON networks (region)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX networks_region_idx`);
    for (const statement of searchTrigger(false)) await queryRunner.query(statement);
    await queryRunner.query(`DROP FUNCTION weave_region_names(text)`);
    await queryRunner.query(`ALTER TABLE networks DROP CONSTRAINT networks_region_code`);
    for (const [code, r] of Object.entries(REGIONS)) {
      await queryRunner.query(`UPDATE networks SET region = $2 WHERE region = $1`, [code, r.en]);
    }
  }
}
