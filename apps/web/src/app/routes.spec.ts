import { routes } from './routes';

describe('routes', () => {
  it('fills a pattern with its parameters, encoded', () => {
    expect(routes.gatheringRoom({ slug: 'cardiff-open-space', sessionId: 'a/b' })).toBe('/gatherings/cardiff-open-space/rooms/a%2Fb');
    expect(routes.gatheringRoom.pattern).toBe('/gatherings/:slug/rooms/:sessionId');
  });

  it('adds only the query parameters that have a value', () => {
    expect(routes.gathering({ slug: 'harvest', invite: 'abc 1', coconvene: null })).toBe('/gatherings/harvest?invite=abc+1');
    expect(routes.signUp({ next: null })).toBe('/sign-up');
    expect(routes.directory()).toBe('/networks');
  });

  it('builds a sign-in link that round-trips the path', () => {
    const url = new URL(routes.signIn({ next: '/account?x=1&y=2' }), 'https://weave.test');
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/account?x=1&y=2');
  });
});
