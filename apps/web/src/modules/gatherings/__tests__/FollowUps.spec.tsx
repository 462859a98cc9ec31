import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { CreateFollowUpMutation } from '../graphql/create-follow-up.mutation';
import { followUpFormValues, formValuesToFollowUpFields } from '../utils/gathering-form-values';
import { aGathering, gatheringMock } from './gathering-fixtures';

const link = (overrides: object) => ({
  __typename: 'GatheringLink' as const,
  id: 'g-2',
  slug: 'cardiff-follow-up',
  title: 'Cardiff follow-up',
  startsAt: '2026-07-01T17:00:00.000Z',
  status: 'PUBLISHED' as const,
  ...overrides,
});

describe('follow-ups', () => {
  it('a gathering page says what it follows up and what follows it, with dates in British English', async () => {
    const gathering = aGathering({
      followsUp: link({ id: 'g-0', slug: 'spring-day', title: 'Spring day', startsAt: '2026-03-14T10:00:00.000Z' }),
      followedUpBy: [link({}), link({ id: 'g-3', slug: 'draft-one', title: 'Draft one', status: 'DRAFT' })],
    });
    renderApp('/gatherings/cardiff-open-space', [meMock(null), gatheringMock(gathering)]);
    expect(await screen.findByTestId('follows-up')).toHaveTextContent('Follows up Spring day (14 March 2026)');
    expect(screen.getByRole('link', { name: 'Spring day' })).toHaveAttribute('href', '/gatherings/spring-day');
    const following = screen.getByTestId('followed-up-by');
    expect(following).toHaveTextContent('Cardiff follow-up (1 July 2026)');
    expect(following).toHaveTextContent('Draft one (1 July 2026, Draft)');
  });

  it('shows no follow-up section when there is none', async () => {
    renderApp('/gatherings/cardiff-open-space', [meMock(null), gatheringMock(aGathering())]);
    await screen.findByRole('heading', { level: 1, name: 'Cardiff open space' });
    expect(screen.queryByTestId('follow-up-links')).not.toBeInTheDocument();
  });

  it('a convener plans a follow-up: online and unlimited unless changed, then lands on it', async () => {
    const user = userEvent.setup();
    const gathering = aGathering({ viewerIsConvener: true });
    const values = { ...followUpFormValues('Cardiff open space: follow-up'), startsAt: '2026-07-01T18:00', endsAt: '2026-07-01T19:00' };
    const created = aGathering({ id: 'g-2', slug: 'cardiff-follow-up', title: 'Cardiff open space: follow-up', format: 'ONLINE' });
    renderApp('/gatherings/cardiff-open-space/follow-up', [
      meMock(aPerson()),
      gatheringMock(gathering),
      gatheringMock(created),
      {
        request: {
          query: CreateFollowUpMutation,
          variables: { input: { ...formValuesToFollowUpFields(values), followUpOfId: gathering.id } },
        },
        result: { data: { createFollowUp: created } },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan a follow-up to Cardiff open space' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Cardiff open space: follow-up');
    expect(screen.getByRole('radio', { name: /^Online/ })).toBeChecked();
    expect(screen.getByLabelText(/^How many places/)).toHaveValue('');
    fireEvent.change(screen.getByLabelText(/^Starts/), { target: { value: '2026-07-01T18:00' } });
    fireEvent.change(screen.getByLabelText(/^Ends/), { target: { value: '2026-07-01T19:00' } });
    await user.click(screen.getByRole('button', { name: 'Create the follow-up (as a draft)' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cardiff open space: follow-up' })).toBeInTheDocument();
  });

  it('tells someone who does not convene that only conveners plan follow-ups', async () => {
    renderApp('/gatherings/cardiff-open-space/follow-up', [meMock(aPerson()), gatheringMock(aGathering())]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Only conveners plan follow-ups' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create the follow-up (as a draft)' })).not.toBeInTheDocument();
  });

  it('the dashboard offers to plan a follow-up', async () => {
    renderApp('/gatherings/cardiff-open-space/dashboard', [meMock(aPerson()), gatheringMock(aGathering({ viewerIsConvener: true }))]);
    expect(await screen.findByRole('link', { name: 'Plan a follow-up' })).toHaveAttribute(
      'href',
      '/gatherings/cardiff-open-space/follow-up',
    );
  });
});
