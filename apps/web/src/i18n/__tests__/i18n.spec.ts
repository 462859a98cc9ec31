import { createI18n, detectLanguage, LANGUAGE_STORAGE_KEY } from '../i18n';

// The English common messages come with the app; a feature's messages (its namespace) and any other
// language are downloaded the first time they are needed.
describe('messages loaded on demand', () => {
  it('has the English common messages at once, and a feature’s only once it is needed', async () => {
    const i18n = createI18n({ lng: 'en' });
    expect(i18n.t('status.loading')).toBe('Loading');
    expect(i18n.hasResourceBundle('en', 'open-space')).toBe(false);

    await i18n.loadNamespaces('open-space');

    expect(i18n.getFixedT('en', 'open-space')('openSpace.room.kicker')).toBe('Breakout room');
    expect(i18n.hasResourceBundle('en', 'gatherings')).toBe(false);
  });

  it('downloads Welsh for the namespaces in use when someone chooses it', async () => {
    const i18n = createI18n({ lng: 'en' });
    await i18n.loadNamespaces('open-space');
    expect(i18n.hasResourceBundle('cy', 'common')).toBe(false);

    await i18n.changeLanguage('cy');

    expect(i18n.t('status.loading')).toBe('Yn llwytho');
    expect(i18n.getFixedT('cy', 'open-space')('openSpace.room.kicker')).toBe('Ystafell drafod');
  });

  it('loads Welsh for someone whose language is Welsh from the start', async () => {
    const i18n = createI18n({ lng: 'cy' });
    await i18n.loadNamespaces(['common', 'open-space']);
    expect(i18n.t('status.loadingPage')).toBe('Wrthi’n llwytho’r dudalen');
    expect(i18n.getFixedT('cy', 'open-space')('openSpace.room.kicker')).toBe('Ystafell drafod');
  });

  it('lets a feature’s words fall back to common ones', async () => {
    const i18n = createI18n({ lng: 'en' });
    await i18n.loadNamespaces('open-space');
    expect(i18n.getFixedT('en', 'open-space')('status.retry')).toBe('Try again');
  });
});

describe('the reader’s language', () => {
  const browserLanguages = (languages: string[]) =>
    Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });

  afterEach(() => {
    localStorage.clear();
    browserLanguages(['en-US', 'en']);
  });

  it('is the one they chose before, kept in this browser', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'cy');
    expect(detectLanguage()).toBe('cy');
  });

  it('is otherwise the first of the browser’s languages we have', () => {
    browserLanguages(['fr-FR', 'cy-GB', 'en']);
    expect(detectLanguage()).toBe('cy');
  });

  it('is English when we have none of them, or the stored one is no longer offered', () => {
    browserLanguages(['fr-FR', 'de']);
    expect(detectLanguage()).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(detectLanguage()).toBe('en');
  });

  it('is kept when they choose another, and Welsh shows from the first page of the next visit', async () => {
    const i18n = createI18n();
    expect(i18n.language).toBe('en');
    await i18n.changeLanguage('cy');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('cy');

    const nextVisit = createI18n();
    await nextVisit.loadNamespaces('common');
    expect(nextVisit.language).toBe('cy');
    expect(nextVisit.t('status.loading')).toBe('Yn llwytho');
  });
});
