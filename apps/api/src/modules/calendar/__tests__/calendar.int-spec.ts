import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';
import { createTestApp, type TestApp, type TestPerson } from '../../../test/test-app.js';
import { parseICalendar, unescapeText } from './ical-reading.js';

const MINE = 'query($past: Boolean) { myGatherings(past: $past) { title viewerIsConvener viewerRegistration { status } } }';

describe('calendar: .ics files, the private feed, and my gatherings', () => {
  let t: TestApp;
  let connor: TestPerson;
  let network: { id: string };

  const gathering = (title: string, startsAt: string, endsAt: string, status = GatheringStatus.PUBLISHED) =>
    t.build.gathering(connor, {
      title,
      venue: 'Aberdare Library',
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      status,
      networkIds: [network.id],
    });

  beforeAll(async () => {
    t = await createTestApp();
    connor = await t.newPerson();
    network = await t.newNetwork(connor);
  });
  afterAll(() => t.close());

  it('downloads a gathering as an .ics file with its time zone', async () => {
    const g = await gathering('Summer Harvest', '2027-07-10T09:30:00Z', '2027-07-10T15:00:00Z');
    const response = await fetch(`${t.baseUrl}/api/gatherings/${g.slug}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('DTSTART;TZID=Europe/London:20270710T103000');
    expect(text).toContain('SUMMARY:Summer Harvest');
    expect(text).toContain('LOCATION:Aberdare Library');
    const draft = await gathering('Secret Draft', '2027-07-11T09:30:00Z', '2027-07-11T15:00:00Z', GatheringStatus.DRAFT);
    expect((await fetch(`${t.baseUrl}/api/gatherings/${draft.slug}.ics`)).status).toBe(404);
  });

  it('writes a title with line breaks as one escaped property, never as lines of its own', async () => {
    const title = 'Harvest\r\nX-WR-CALNAME:Pay here\r\nBEGIN:VEVENT';
    const g = await gathering(title, '2027-07-12T09:30:00Z', '2027-07-12T15:00:00Z');
    const properties = parseICalendar(await (await fetch(`${t.baseUrl}/api/gatherings/${g.slug}.ics`)).text());
    expect(properties.filter(([name, value]) => name === 'BEGIN' && value === 'VEVENT')).toHaveLength(1);
    const named = properties.filter(([name]) => name === 'NAME' || name === 'X-WR-CALNAME').map(([, value]) => unescapeText(value));
    expect(named).toEqual([title.replace(/\r\n/g, '\n'), title.replace(/\r\n/g, '\n')]);
  });

  it('lists my gatherings upcoming and past, and feeds them to a calendar through a secret, revocable URL', async () => {
    const upcoming = await gathering('Next Month Meetup', '2099-01-10T10:00:00Z', '2099-01-10T12:00:00Z');
    const past = await gathering('Last Year Workshop', '2020-01-10T10:00:00Z', '2020-01-10T12:00:00Z');
    const priya = await t.newPerson();
    await t.build.registration(priya, upcoming);
    await t.build.registration(priya, past, RegistrationStatus.ATTENDED);

    expect(await priya.client.data(MINE)).toEqual({
      myGatherings: [{ title: 'Next Month Meetup', viewerIsConvener: false, viewerRegistration: { status: 'REGISTERED' } }],
    });
    expect(await priya.client.data(MINE, { past: true })).toEqual({
      myGatherings: [{ title: 'Last Year Workshop', viewerIsConvener: false, viewerRegistration: { status: 'ATTENDED' } }],
    });

    const { createCalendarFeed: url } = await priya.client.data<{ createCalendarFeed: string }>('mutation { createCalendarFeed }');
    expect(url).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    const path = new URL(url).pathname;
    const feed = await (await fetch(`${t.baseUrl}${path}`)).text();
    expect(feed).toContain('SUMMARY:Next Month Meetup');
    expect(feed).toContain('SUMMARY:Last Year Workshop');
    expect(feed).not.toContain('Summer Harvest');

    const { createCalendarFeed: newer } = await priya.client.data<{ createCalendarFeed: string }>('mutation { createCalendarFeed }');
    expect((await fetch(`${t.baseUrl}${path}`)).status).toBe(404);
    await priya.client.data('mutation { revokeCalendarFeed }');
    expect((await fetch(`${t.baseUrl}${new URL(newer).pathname}`)).status).toBe(404);
  });
});
