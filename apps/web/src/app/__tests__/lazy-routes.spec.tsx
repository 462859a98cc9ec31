import { screen, within } from '@testing-library/react';
import { meMock, renderApp } from '../../test/render-app';

// Each page's code is downloaded when its route is first shown (ui/lazy-page): the layout stays,
// and the main area says the page is loading until it arrives.
describe('pages loaded per route', () => {
  it('says the page is loading inside the layout, then shows the page', async () => {
    renderApp('/no-such-page', [meMock(null)]);

    const main = screen.getByRole('main');
    expect(within(main).getByRole('status')).toHaveTextContent('Loading the page');
    expect(screen.getByRole('banner')).toBeInTheDocument();

    expect(await within(main).findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(within(main).queryByText('Loading the page')).not.toBeInTheDocument();
  });
});
