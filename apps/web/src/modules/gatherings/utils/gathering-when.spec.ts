import { describeWhen } from './gathering-when';

const saturday = { startsAt: '2026-06-13T09:00:00.000Z', endsAt: '2026-06-13T15:00:00.000Z', timeZone: 'Europe/London' };

describe('describeWhen', () => {
  it('gives the day and times in the gathering’s zone', () => {
    expect(describeWhen(saturday, 'Europe/London', 'en')).toEqual({
      date: 'Saturday, 13 June 2026',
      times: '10:00–16:00',
      place: 'London',
      viewerTimes: undefined,
    });
  });

  it('adds the viewer’s own times when their clocks differ', () => {
    expect(describeWhen(saturday, 'Europe/Paris', 'en')).toMatchObject({ times: '10:00–16:00', viewerTimes: '11:00–17:00' });
  });

  it('names the viewer’s day when it is not the gathering’s day', () => {
    expect(describeWhen(saturday, 'Pacific/Auckland', 'en').viewerTimes).toBe('Sat 13 Jun 21:00 – Sun 14 Jun 03:00');
  });

  it('shows both days for a gathering over two days', () => {
    const weekend = { ...saturday, endsAt: '2026-06-14T15:00:00.000Z' };
    expect(describeWhen(weekend, 'Europe/London', 'en')).toMatchObject({
      date: 'Saturday, 13 June 2026 – Sunday, 14 June 2026',
      times: 'Sat 13 Jun 10:00 – Sun 14 Jun 16:00',
    });
  });

  it('writes the day in Welsh for Welsh readers', () => {
    expect(describeWhen(saturday, 'Europe/London', 'cy').date).toMatch(/Sadwrn/);
  });
});
