import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../common/access/request-context.js';
import { CSV_BOM, csvWriter } from '../../../common/csv/csv.js';
import type { NetworksArgs } from '../directory/dtos/networks.args.js';
import { NetworksDirectoryService } from '../directory/networks-directory.service.js';

const BATCH = 500;

const COLUMNS = [
  { key: 'name', header: 'name' },
  { key: 'kind', header: 'kind' },
  { key: 'purpose', header: 'purpose (the work)' },
  { key: 'values', header: 'values (the soul)' },
  { key: 'themes', header: 'themes' },
  { key: 'sectors', header: 'sectors' },
  { key: 'area', header: 'area' },
  { key: 'region', header: 'region' },
  { key: 'scope', header: 'scope' },
  { key: 'stage', header: 'lifecycle stage' },
  { key: 'members', header: 'member networks' },
  { key: 'website', header: 'website' },
  { key: 'contact', header: 'contact' },
  { key: 'profile', header: 'profile' },
];

/** Streams the filtered directory as CSV (UTF-8 with a BOM so spreadsheets read accents right). */
@Injectable()
export class NetworkExportService {
  constructor(private readonly directory: NetworksDirectoryService) {}

  async write(out: Writable, args: NetworksArgs, viewer: Viewer | null, origin: string): Promise<void> {
    out.write(CSV_BOM);
    const csv = csvWriter(COLUMNS);
    csv.pipe(out);
    for (let offset = 0; ; offset += BATCH) {
      const { networks, memberCounts } = await this.directory.page({ ...args, first: BATCH }, viewer, offset);
      for (const n of networks.slice(0, BATCH)) {
        const ok = csv.write({
          name: n.name,
          kind: n.kind,
          purpose: n.purpose,
          values: n.values,
          themes: n.themes.join('; '),
          sectors: n.sectors.join('; '),
          area: n.placeName ?? '',
          region: n.region ?? '',
          scope: n.scope,
          stage: n.lifecycleStage,
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
