import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../common/access/request-context.js';
import { CSV_BOM, csvWriter } from '../../../common/csv/csv.js';
import type { NetworksArgs } from '../directory/dtos/networks.args.js';
import { NetworksDirectoryService } from '../directory/networks-directory.service.js';
import type { Locale } from '../../../common/locales.js';
import { NETWORK_LABELS } from '../network-labels.js';

const BATCH = 500;

const KEYS = [
  'name',
  'kind',
  'purpose',
  'values',
  'themes',
  'sectors',
  'area',
  'region',
  'scope',
  'stage',
  'members',
  'website',
  'contact',
  'profile',
] as const;
type Key = (typeof KEYS)[number];

const HEADERS: Record<Locale, Record<Key, string>> = {
  en: {
    name: 'name',
    kind: 'kind',
    purpose: 'purpose (the work)',
    values: 'values (the soul)',
    themes: 'themes',
    sectors: 'sectors',
    area: 'area',
    region: 'region',
    scope: 'scope',
    stage: 'lifecycle stage',
    members: 'member networks',
    website: 'website',
    contact: 'contact',
    profile: 'profile',
  },
  cy: {
    name: 'enw',
    kind: 'math',
    purpose: 'diben (y gwaith)',
    values: 'gwerthoedd (yr enaid)',
    themes: 'themâu',
    sectors: 'sectorau',
    area: 'ardal',
    region: 'rhanbarth',
    scope: 'cyrhaeddiad',
    stage: 'cam',
    members: 'rhwydweithiau sy’n aelodau',
    website: 'gwefan',
    contact: 'cyswllt',
    profile: 'proffil',
  },
};

/** Streams the filtered directory as CSV (UTF-8 with a BOM so spreadsheets read accents right), headers and labels in `language`. */
@Injectable()
export class NetworkExportService {
  constructor(private readonly directory: NetworksDirectoryService) {}

  async write(out: Writable, args: NetworksArgs, viewer: Viewer | null, origin: string, language: Locale): Promise<void> {
    out.write(CSV_BOM);
    const csv = csvWriter(KEYS.map((key) => ({ key, header: HEADERS[language][key] })));
    const label = NETWORK_LABELS[language];
    csv.pipe(out);
    for (let offset = 0; ; offset += BATCH) {
      const { networks, memberCounts } = await this.directory.page({ ...args, first: BATCH }, viewer, offset);
      for (const n of networks.slice(0, BATCH)) {
        const ok = csv.write({
          name: n.name,
          kind: label.kinds[n.kind],
          purpose: n.purpose,
          values: n.values,
          themes: n.themes.join('; '),
          sectors: n.sectors.map((sector) => label.sectors[sector]).join('; '),
          area: n.placeName ?? '',
          region: n.region ? label.regions[n.region] : '',
          scope: label.scopes[n.scope],
          stage: label.stages[n.lifecycleStage],
          members: memberCounts.get(n.id) ?? 0,
          website: n.website ?? '',
          contact: n.contact ?? '',
          profile: `${origin}/networks/${n.slug}`,
        });
        if (!ok) await once(csv, 'drain');
      }
      if (networks.length <= BATCH) break;
    }
    csv.end();
    await once(out, 'finish');
  }
}
