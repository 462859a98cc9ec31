import { jest } from '@jest/globals';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { SetImpactPublicationsMutation } from '../graphql/set-impact-publications.mutation';
import { anImpact, networkImpactMock } from './impact-fixtures';

const path = '/networks/cynon-valley/impact';

// jsdom lays nothing out, so recharts warns that its chart has no size; the figures are read from the tables.
const warn = console.warn.bind(console);
beforeEach(() => {
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
  });
});
afterEach(() => jest.restoreAllMocks());

describe('NetworkImpactPage', () => {
  it('shows each measure as a table beside its chart; a figure about fewer than five people says so, never 0', async () => {
    renderApp(path, [meMock(aPerson()), networkImpactMock(anImpact())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Relational impact of Cynon Valley Network' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'New ties between people: the figures' });
    const across = within(table).getByRole('row', { name: /Across sectors/ });
    expect(
      within(across)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Fewer than 5 people', '5', '8']);
    const feedback = screen.getByRole('table', { name: 'Feedback before and after: the figures' });
    expect(within(feedback).getByRole('row', { name: /Response rate/ })).toHaveTextContent('62%');
    expect(within(feedback).getByRole('row', { name: /After: Trust/ })).toHaveTextContent('Fewer than 5 people');
    expect(within(feedback).getByRole('row', { name: /After: Trust/ })).not.toHaveTextContent(/\b0\b/);
    expect(screen.getByRole('img', { name: /Chart of New ties between people/ })).toBeInTheDocument();
  });

  it('links to the API’s CSV of the same answer, in the reader’s language', async () => {
    const { i18n } = renderApp(path, [meMock(aPerson()), networkImpactMock(anImpact())]);
    const link = await screen.findByRole('link', { name: 'Download the figures (CSV)' });
    expect(link).toHaveAttribute('href', '/api/impact/networks/cynon-valley.csv?lang=en');
    expect(link).toHaveAttribute('download');
    await act(() => i18n.changeLanguage('cy'));
    expect(await screen.findByRole('link', { name: 'Lawrlwytho’r ffigurau (CSV)' })).toHaveAttribute(
      'href',
      '/api/impact/networks/cynon-valley.csv?lang=cy',
    );
  });

  it('lets a facilitator choose what is published, sending the measures in the view’s order', async () => {
    const published: MockLink.MockedResponse = {
      request: {
        query: SetImpactPublicationsMutation,
        variables: { input: { networkId: 'network-1', measures: ['NEW_TIES', 'FEEDBACK'] } },
      },
      result: {
        data: {
          setImpactPublications: { __typename: 'ImpactPublications', networkId: 'network-1', measures: ['NEW_TIES', 'FEEDBACK'] },
        },
      },
    };
    renderApp(path, [meMock(aPerson()), networkImpactMock(anImpact()), published]);
    const form = await screen.findByRole('region', { name: 'What to publish' });
    expect(within(form).getByRole('checkbox', { name: /New ties between people/ })).toBeChecked();
    await userEvent.click(within(form).getByRole('checkbox', { name: /Feedback before and after/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save what is published' }));
    expect(await within(form).findByText('Saved. Everyone now sees the measures you chose.')).toBeInTheDocument();
  });

  it('shows someone outside only what is published, without the publishing form', async () => {
    const outside = anImpact({ fullView: false, mayPublish: false, shown: [], published: [] });
    renderApp(path, [meMock(null), networkImpactMock(outside)]);
    expect(await screen.findByTestId('impact-nothing')).toHaveTextContent(
      'Cynon Valley Network has not published any figures about its relational impact yet.',
    );
    expect(screen.queryByRole('region', { name: 'What to publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /CSV/ })).not.toBeInTheDocument();
  });
});
