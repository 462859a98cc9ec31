import { DEFAULT_AFTER_SIGN_IN, safeNextPath, signInPathFor } from './safe-next-path';

describe('safeNextPath', () => {
  it('keeps a same-site path with its query', () => {
    expect(safeNextPath('/account?tab=profile')).toBe('/account?tab=profile');
  });

  it.each([null, undefined, '', 'account', '//evil.example', 'https://evil.example', '/\\evil.example'])(
    'falls back to the account page for %p',
    (next) => {
      expect(safeNextPath(next)).toBe(DEFAULT_AFTER_SIGN_IN);
    },
  );

  it('builds a sign-in link that round-trips the path', () => {
    const url = new URL(signInPathFor('/account?x=1&y=2'), 'https://weave.test');
    expect(url.pathname).toBe('/sign-in');
    expect(url.searchParams.get('next')).toBe('/account?x=1&y=2');
  });
});
