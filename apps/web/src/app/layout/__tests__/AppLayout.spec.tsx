import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';

describe('AppLayout', () => {
  it('shows who is signed in, linking to their account', async () => {
    renderApp('/', [meMock(aPerson({ displayName: 'Grace Hopper' }))]);

    const signedIn = await screen.findByTestId('signed-in-as');
    expect(signedIn).toHaveTextContent('Signed in as Grace Hopper');
    expect(within(signedIn).getByRole('link', { name: 'Grace Hopper' })).toHaveAttribute('href', '/account');
    const header = screen.getByRole('banner');
    expect(within(header).queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('offers sign in and sign up when signed out', async () => {
    renderApp('/', [meMock(null)]);

    const header = screen.getByRole('banner');
    expect(await within(header).findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(within(header).getByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/sign-up');
    expect(screen.queryByTestId('signed-in-as')).not.toBeInTheDocument();
  });

  it('has landmarks, a skip link to main and one h1', async () => {
    renderApp('/', [meMock(null)]);

    expect(await screen.findByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('switches the interface to Welsh and sets the page language', async () => {
    const user = userEvent.setup();
    renderApp('/', [meMock(null)]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'cy');

    expect(document.documentElement.lang).toBe('cy');
    expect(await screen.findByRole('link', { name: "Neidio i'r prif gynnwys" })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Iaith' })).toHaveValue('cy');
  });

  it('folds the menu behind a button on small screens, opened and closed by keyboard', async () => {
    const user = userEvent.setup();
    renderApp('/', [meMock(aPerson())]);

    const button = await screen.findByRole('button', { name: 'Menu' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', 'app-menu');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('app-menu')).toHaveAttribute('data-open', 'true');
    await user.tab();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Home' })).toHaveFocus();
    // Escape closes it and puts the focus back on its button.
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(document.getElementById('app-menu')).not.toHaveAttribute('data-open');
  });

  it('shows the not-found page for unknown paths', async () => {
    renderApp('/no-such-page', [meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
