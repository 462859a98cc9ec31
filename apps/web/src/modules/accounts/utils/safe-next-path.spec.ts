import { DEFAULT_AFTER_SIGN_IN, safeNextPath } from './safe-next-path';

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
});
