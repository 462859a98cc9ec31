import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import type { HarvestFieldsFragment } from '../../../gql/graphql';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { HarvestQuery } from '../graphql/harvest.query';
import { SaveHarvestMutation } from '../graphql/save-harvest.mutation';
import { SetHarvestStatusMutation } from '../graphql/set-harvest-status.mutation';

function aHarvest(overrides: Partial<HarvestFieldsFragment> = {}): HarvestFieldsFragment {
  return {
    __typename: 'Harvest',
    gatheringId: 'gathering-1',
    gatheringTitle: 'Cardiff open space',
    gatheringSlug: 'cardiff-open-space',
    status: 'PUBLISHED',
    visibility: 'PARTICIPANTS',
    version: 2,
    publishedAt: '2027-05-02T10:00:00Z',
    viewerMayEdit: false,
    themes: [{ __typename: 'HarvestTheme', heading: 'Convener exit', body: 'Share the role early.\n\nHand-overs take a year.' }],
    sessions: [
      {
        __typename: 'HarvestSession',
        id: 'session-1',
        title: 'Food and transport',
        hostName: 'Ana',
        spaceName: 'Garden',
        slotLabel: 'Round 1',
        slotStartsAt: '2027-05-01T09:00:00Z',
        slotEndsAt: '2027-05-01T09:50:00Z',
        tookPart: 7,
        notes: [{ __typename: 'HarvestNote', text: 'Buses stop too early', authorName: 'Ben' }],
        actions: [
          { __typename: 'HarvestAction', id: 'action-1', what: 'Write to the council', ownerName: 'Ana', dueOn: '2027-10-01', done: false },
        ],
      },
    ],
    ...overrides,
  } as HarvestFieldsFragment;
}

const harvestMock = (harvest: HarvestFieldsFragment | null): MockLink.MockedResponse => ({
  request: { query: HarvestQuery, variables: { gatheringId: 'gathering-1' } },
  result: { data: { harvest } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('HarvestPage', () => {
  it('shows a reader the published harvest: themes, sessions, actions with dates in British order, and the downloads', async () => {
    renderApp('/gatherings/cardiff-open-space/harvest', [
      meMock(aPerson()),
      gatheringMock(aGathering({ status: 'CLOSED' })),
      harvestMock(aHarvest()),
    ]);
    expect(await screen.findByRole('heading', { level: 3, name: 'Convener exit' })).toBeInTheDocument();
    expect(screen.getByText('Hand-overs take a year.')).toBeInTheDocument();
    expect(screen.getByText(/Hosted by Ana · in Garden · Round 1 \(10:00–10:50\) · 7 people took part/)).toBeInTheDocument();
    const actions = screen.getByRole('table', { name: 'Actions from “Food and transport”' });
    expect(within(actions).getByText('1 Oct 2027')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download as Markdown' })).toHaveAttribute('href', '/api/gatherings/gathering-1/harvest.md');
    expect(screen.getByRole('link', { name: 'Download the actions (CSV)' })).toHaveAttribute(
      'href',
      '/api/gatherings/gathering-1/harvest-actions.csv',
    );
    expect(screen.queryByRole('heading', { name: 'Write the harvest' })).not.toBeInTheDocument();
  });

  it('tells a reader when there is no harvest to read yet', async () => {
    renderApp('/gatherings/cardiff-open-space/harvest', [meMock(null), gatheringMock(aGathering({ status: 'CLOSED' })), harvestMock(null)]);
    expect(await screen.findByTestId('harvest-none')).toHaveTextContent('The harvest has not been published yet.');
  });

  it('lets a convener write a theme and publish: what is in the editor is saved, then published', async () => {
    const draft = aHarvest({ status: 'DRAFT', version: 0, themes: [], viewerMayEdit: true });
    const saved = {
      ...draft,
      version: 1,
      themes: [{ __typename: 'HarvestTheme' as const, heading: 'Money', body: 'Small grants move fastest.' }],
    };
    const mocks: MockLink.MockedResponse[] = [
      meMock(aPerson()),
      gatheringMock(aGathering({ viewerIsConvener: true, status: 'CLOSED' })),
      harvestMock(draft),
      {
        request: {
          query: SaveHarvestMutation,
          variables: {
            input: {
              gatheringId: 'gathering-1',
              themes: [{ heading: 'Money', body: 'Small grants move fastest.' }],
              visibility: 'EVERYONE',
              expectedVersion: 0,
            },
          },
        },
        result: { data: { saveHarvest: saved } },
      },
      {
        request: {
          query: SetHarvestStatusMutation,
          variables: { input: { gatheringId: 'gathering-1', status: 'PUBLISHED', expectedVersion: 1 } },
        },
        result: { data: { setHarvestStatus: { ...saved, status: 'PUBLISHED', version: 2 } } },
      },
    ];
    renderApp('/gatherings/cardiff-open-space/harvest', mocks);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Theme 1: heading'), 'Money');
    await user.type(screen.getByLabelText('Theme 1: what emerged', { exact: false }), 'Small grants move fastest.');
    await user.click(screen.getByRole('radio', { name: 'Everyone who can see the gathering' }));
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Published. Participants have been told.')).toBeInTheDocument();
  });

  it('keeps the convener’s words and says what happened when another convener saved first', async () => {
    const draft = aHarvest({ status: 'DRAFT', version: 3, viewerMayEdit: true });
    const mocks: MockLink.MockedResponse[] = [
      meMock(aPerson()),
      gatheringMock(aGathering({ viewerIsConvener: true, status: 'CLOSED' })),
      harvestMock(draft),
      {
        request: {
          query: SaveHarvestMutation,
          variables: {
            input: {
              gatheringId: 'gathering-1',
              themes: [{ heading: 'Convener exit!', body: 'Share the role early.\n\nHand-overs take a year.' }],
              visibility: 'PARTICIPANTS',
              expectedVersion: 3,
            },
          },
        },
        result: { errors: [{ message: 'changed', extensions: { code: 'CONFLICT', reason: 'HarvestChanged' } }] },
      },
    ];
    renderApp('/gatherings/cardiff-open-space/harvest', mocks);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Theme 1: heading'), '!');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(/Another convener changed the harvest while you were editing/)).toBeInTheDocument();
    expect(screen.getByLabelText('Theme 1: heading')).toHaveValue('Convener exit!');
  });
});
