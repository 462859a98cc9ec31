import { render, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { Suspense, type ComponentType } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../../i18n/i18n';
import { lazyPage } from '../lazy-page';

function renderIn(i18n: I18n, LazyPage: ComponentType) {
  render(
    <I18nextProvider i18n={i18n}>
      <Suspense fallback="loading">
        <LazyPage />
      </Suspense>
    </I18nextProvider>,
  );
}

// A page's words come with its code: the page never shows before them, so never a raw key.
describe('lazyPage', () => {
  it('downloads the namespaces a page declares together with its code', async () => {
    const i18n = createI18n({ lng: 'en' });
    const Page = () => <p>page</p>;
    const LazyPage = lazyPage(() => Promise.resolve({ Page }), 'Page', ['open-space']);
    renderIn(i18n, LazyPage);

    expect(await screen.findByText('page')).toBeInTheDocument();
    expect(i18n.hasResourceBundle('en', 'open-space')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'gatherings')).toBe(false);
  });

  it('shows a component only once its namespace has arrived, even one the page did not declare', async () => {
    const i18n = createI18n({ lng: 'en' });
    const shown: string[] = [];
    function Page() {
      const { t } = useTranslation('gatherings');
      const text = t('gatherings.invite.title');
      shown.push(text);
      return <h1>{text}</h1>;
    }
    const LazyPage = lazyPage(() => Promise.resolve({ Page }), 'Page', []);
    renderIn(i18n, LazyPage);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Invite others from your network');
    expect(shown.filter((text) => text.startsWith('gatherings.'))).toEqual([]);
  });
});
