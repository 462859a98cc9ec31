import { screen, within } from '@testing-library/react';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { InvitationQuery } from '../graphql/invitation.query';
import { aGathering, aRegistration, gatheringMock, myInvitationsMock, myNetworksMock } from './gathering-fixtures';

const panel = async () => within(await screen.findByRole('region', { name: 'Your place' }));

describe('GatheringPage', () => {
  it('shows what, when, where, access and who convenes', async () => {
    renderApp('/gatherings/cardiff-open-space', [meMock(null), gatheringMock(aGathering())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Cardiff open space' })).toBeInTheDocument();
    expect(screen.getByTestId('gathering-when')).toHaveTextContent('10:00–16:00 in London');
    expect(screen.getByTestId('gathering-venue')).toHaveTextContent('Temple of Peace, Cardiff');
    expect(within(screen.getByTestId('access-features')).getByText('Hearing loop')).toBeInTheDocument();
    expect(screen.getByTestId('gathering-places')).toHaveTextContent('1 place left of 30.');
    expect(screen.getByRole('link', { name: 'Cardiff Food Coalition' })).toHaveAttribute('href', '/networks/cardiff-food-coalition');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('leaves out "Convened by" when the viewer may see none of its conveners (members-only networks)', async () => {
    renderApp('/gatherings/cardiff-open-space', [meMock(null), gatheringMock(aGathering({ convenedBy: [] }))]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Cardiff open space' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Convened by' })).not.toBeInTheDocument();
  });

  it('asks people who are signed out to sign in, and brings them back', async () => {
    renderApp('/gatherings/cardiff-open-space', [meMock(null), gatheringMock(aGathering())]);

    const place = await panel();
    expect(place.getByRole('link', { name: 'Sign in to register' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fgatherings%2Fcardiff-open-space',
    );
    expect(place.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument();
  });

  it('offers a place while there are places left', async () => {
    renderApp('/gatherings/cardiff-open-space', [meMock(aPerson()), gatheringMock(aGathering()), myNetworksMock([])]);

    const place = await panel();
    expect(await place.findByRole('button', { name: 'Register' })).toBeInTheDocument();
    expect(place.getByRole('status')).toHaveTextContent('There is 1 place left.');
  });

  it('offers the waiting list when the gathering is full', async () => {
    renderApp('/gatherings/cardiff-open-space', [meMock(aPerson()), gatheringMock(aGathering({ placesLeft: 0 })), myNetworksMock([])]);

    const place = await panel();
    expect(await place.findByRole('button', { name: 'Join the waiting list' })).toBeInTheDocument();
    expect(place.getByRole('status')).toHaveTextContent('This gathering is full. You can join the waiting list');
    expect(place.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument();
  });

  it('tells registered people they have a place and lets them cancel it', async () => {
    const gathering = aGathering({ viewerRegistration: aRegistration() });
    renderApp('/gatherings/cardiff-open-space', [
      meMock(aPerson()),
      gatheringMock(gathering),
      myNetworksMock([]),
      myInvitationsMock([]),
      myNetworksMock([]),
    ]);

    const place = await panel();
    expect(await place.findByRole('button', { name: 'Cancel my place' })).toBeInTheDocument();
    expect(place.getByRole('status')).toHaveTextContent('You’re registered.');
    const openSpace = within(screen.getByRole('region', { name: 'Open space on the day' }));
    expect(openSpace.getByRole('link', { name: 'Agenda wall' })).toHaveAttribute('href', '/gatherings/cardiff-open-space/wall');
    expect(openSpace.getByRole('link', { name: 'Board for a projector' })).toHaveAttribute('href', '/gatherings/cardiff-open-space/board');
  });

  it('gives people on the waiting list their number and a way off it', async () => {
    const gathering = aGathering({ placesLeft: 0, viewerRegistration: aRegistration({ status: 'WAITLISTED', waitlistPosition: 2 }) });
    renderApp('/gatherings/cardiff-open-space', [meMock(aPerson()), gatheringMock(gathering), myNetworksMock([])]);

    const place = await panel();
    expect(await place.findByRole('button', { name: 'Leave the waiting list' })).toBeInTheDocument();
    expect(place.getByRole('status')).toHaveTextContent('You’re on the waiting list: number 2.');
  });

  it('says when registration has closed', async () => {
    renderApp('/gatherings/cardiff-open-space', [meMock(aPerson()), gatheringMock(aGathering({ status: 'CLOSED' })), myNetworksMock([])]);

    const place = await panel();
    expect(await place.findByText('Registration has closed.')).toBeInTheDocument();
    expect(place.queryByRole('button')).not.toBeInTheDocument();
  });

  it('opens an invitation-only gathering to people with an invitation link, and says who invited them', async () => {
    const invitation = {
      __typename: 'GatheringInvitation',
      id: 'invitation-1',
      code: 'abc123',
      url: 'https://weave.example/gatherings/cardiff-open-space?invite=abc123',
      gatheringId: 'gathering-1',
      issuedByName: 'Grace Hopper',
      networkName: 'Cardiff Food Coalition',
      isExpired: false,
    };
    renderApp('/gatherings/cardiff-open-space?invite=abc123', [
      meMock(aPerson()),
      myNetworksMock([]),
      gatheringMock(aGathering({ registrationMode: 'INVITATION_ONLY' })),
      { request: { query: InvitationQuery, variables: { code: 'abc123' } }, result: { data: { invitation } } },
    ]);

    const place = await panel();
    expect(await place.findByRole('button', { name: 'Register' })).toBeInTheDocument();
    expect(await screen.findByTestId('invited-by')).toHaveTextContent('Invited by Grace Hopper (Cardiff Food Coalition).');
    expect(screen.getByRole('link', { name: 'Add to calendar (.ics file)' })).toHaveAttribute(
      'href',
      '/api/gatherings/cardiff-open-space.ics',
    );
  });

  it('gives conveners of a draft a Publish button, an edit link and the dashboard', async () => {
    const gathering = aGathering({ status: 'DRAFT', viewerIsConvener: true });
    renderApp('/gatherings/cardiff-open-space', [meMock(aPerson()), gatheringMock(gathering), myNetworksMock([])]);

    const convener = within(await screen.findByRole('region', { name: 'For conveners' }));
    expect(convener.getByRole('button', { name: 'Publish' })).toBeInTheDocument();
    expect(convener.getByRole('link', { name: 'Edit gathering' })).toHaveAttribute('href', '/gatherings/cardiff-open-space/edit');
    expect(convener.getByRole('link', { name: 'Who is coming' })).toHaveAttribute('href', '/gatherings/cardiff-open-space/dashboard');
  });
});
