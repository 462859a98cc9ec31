import { jest } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { NetworkManageQuery } from '../graphql/network-manage.query';
import { aNetwork } from './network-fixtures';

const coalition = aNetwork({ viewerRoles: ['FACILITATOR'], handshakes: [], pendingInvitations: [] });
const manageMock: MockLink.MockedResponse = {
  request: { query: NetworkManageQuery, variables: { slug: coalition.slug } },
  result: { data: { network: coalition } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const preview = {
  rows: 3,
  valid: 2,
  errors: [{ row: 3, reason: 'the name is missing or shorter than 2 characters' }],
  sample: [
    {
      row: 2,
      name: 'Splott Community Pantry',
      website: 'https://splottpantry.example.org',
      placeName: 'Cardiff',
      themes: ['food'],
      // The endpoint's own enum values, as the API sends them.
      sectors: ['community_group'],
      kind: 'network',
    },
  ],
};

type FakeResponse = { ok: boolean; status: number; json: () => Promise<unknown> };
const fetchMock = jest.fn<(url: string, init?: RequestInit) => Promise<FakeResponse>>();

beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

async function checkFile(user: ReturnType<typeof userEvent.setup>) {
  const file = new File(['name,website\nSplott Community Pantry,\nx,\n'], 'members.csv', { type: 'text/csv' });
  await user.upload(await screen.findByLabelText('CSV file'), file);
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  return file;
}

describe('ManageNetworkPage: Import', () => {
  it('lists the bad rows by number and holds the import back', async () => {
    const user = userEvent.setup();
    fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => preview });
    renderApp('/networks/cardiff-food-coalition/manage?section=import', [meMock(aPerson()), manageMock]);

    const file = await checkFile(user);

    const badRows = await screen.findByRole('table', { name: 'Rows that need fixing' });
    expect(within(badRows).getByRole('rowheader', { name: '3' })).toBeInTheDocument();
    expect(badRows).toHaveTextContent('the name is missing or shorter than 2 characters');
    expect(screen.getByTestId('import-counts')).toHaveTextContent('Rows in the file: 3. Ready to import: 2. Need fixing: 1.');
    const sample = screen.getByRole('table', { name: 'The first rows, as they will be imported' });
    expect(within(sample).getByRole('rowheader', { name: 'Splott Community Pantry' })).toBeInTheDocument();
    expect(sample).toHaveTextContent('Community group');
    expect(sample).toHaveTextContent('Network');
    expect(screen.getByRole('button', { name: 'Import 2 networks' })).toBeDisabled();

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe(`/api/networks/${coalition.id}/import/preview`);
    expect(init).toMatchObject({ method: 'POST', body: file, headers: { 'Content-Type': 'text/csv' } });
  });

  it("shows the server's reason when the file is refused", async () => {
    const user = userEvent.setup();
    const refusal = 'This file has no rows under its header.';
    fetchMock.mockResolvedValue({
      ok: false,
      status: 400,
      json: async () => ({ errors: [{ message: 'Check the file.', extensions: { code: 'BAD_USER_INPUT', fields: { file: refusal } } }] }),
    });
    renderApp('/networks/cardiff-food-coalition/manage?section=import', [meMock(aPerson()), manageMock]);

    await checkFile(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
  });
});
