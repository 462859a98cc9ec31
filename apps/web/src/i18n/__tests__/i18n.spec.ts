import { createI18n } from '../i18n';

// English comes with the app; Welsh is downloaded the first time someone chooses it.
describe('languages loaded on demand', () => {
  it('has English at once, and Welsh only once it is chosen', async () => {
    const i18n = createI18n({ lng: 'en' });
    expect(i18n.t('status.loading')).toBe('Loading');
    expect(i18n.hasResourceBundle('cy', 'translation')).toBe(false);

    await i18n.changeLanguage('cy');

    expect(i18n.hasResourceBundle('cy', 'translation')).toBe(true);
    expect(i18n.t('status.loading')).toBe('Yn llwytho');
  });

  it('loads Welsh for someone whose language is Welsh from the start', async () => {
    const i18n = createI18n({ lng: 'cy' });
    await i18n.loadLanguages('cy');
    expect(i18n.t('status.loadingPage')).toBe('Wrthi’n llwytho’r dudalen');
  });
});
