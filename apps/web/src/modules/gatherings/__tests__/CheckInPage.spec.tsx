import { jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { CheckInWithCodeMutation } from '../graphql/check-in-with-code.mutation';
import { GatheringQuery } from '../graphql/gathering.query';
import { aGathering, aRegistration, gatheringMock } from './gathering-fixtures';

const PATH = '/gatherings/cardiff-open-space/check-in?code=door-code-1';
// A variable, not a literal: the __typename Apollo needs is not in the generated type.
const byCode = { __typename: 'CheckIn', method: 'CODE' as const, checkedInAt: '2026-03-14T10:05:00Z' };
const came = aRegistration({ status: 'ATTENDED', checkIn: byCode });

/** The gathering as first read, then as read again after the tap. */
function gatheringThen(first: ReturnType<typeof aGathering>, then: ReturnType<typeof aGathering>): MockLink.MockedResponse[] {
  const request = { query: GatheringQuery, variables: { slug: 'cardiff-open-space' } };
  return [
    { request, result: { data: { gathering: first } }, maxUsageCount: 1 },
    { request, result: { data: { gathering: then } }, maxUsageCount: Number.POSITIVE_INFINITY },
  ];
}

const wrongCode = {
  errors: [
    { message: 'This check-in code does not work for this gathering.', extensions: { code: 'BAD_USER_INPUT', reason: 'WrongCheckInCode' } },
  ],
};

function checkInMock(register: boolean, tapped: () => void, failure?: typeof wrongCode): MockLink.MockedResponse {
  return {
    request: { query: CheckInWithCodeMutation, variables: { input: { gatheringId: 'gathering-1', code: 'door-code-1', register } } },
    result: () => {
      tapped();
      return failure ?? { data: { checkInWithCode: came } };
    },
  };
}

describe('CheckInPage (where the QR code at the door leads)', () => {
  it('checks a registered person in with one tap, and says when', async () => {
    const tapped = jest.fn();
    renderApp(PATH, [
      meMock(aPerson()),
      ...gatheringThen(aGathering({ viewerRegistration: aRegistration() }), aGathering({ viewerRegistration: came })),
      checkInMock(false, tapped),
    ]);

    await userEvent.click(await screen.findByRole('button', { name: 'I’m here: check me in' }));

    expect(await screen.findByText('You’re checked in. Welcome!')).toBeInTheDocument();
    expect(screen.getByTestId('checked-in')).toHaveTextContent('Checked in with the QR code at Sat 14 Mar, 10:05.');
    expect(tapped).toHaveBeenCalledTimes(1);
  });

  it('registers and checks in in one step someone not yet registered, when there is a place', async () => {
    const tapped = jest.fn();
    renderApp(PATH, [
      meMock(aPerson()),
      ...gatheringThen(aGathering({ viewerRegistration: null }), aGathering({ viewerRegistration: came })),
      checkInMock(true, tapped),
    ]);

    expect(await screen.findByText(/There is a place for you/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Register and check in' }));

    expect(await screen.findByText('You’re checked in. Welcome!')).toBeInTheDocument();
    expect(tapped).toHaveBeenCalledTimes(1);
  });

  it('words a wrong or old code in the reader’s language', async () => {
    renderApp(PATH, [
      meMock(aPerson()),
      gatheringMock(aGathering({ viewerRegistration: aRegistration() })),
      checkInMock(false, jest.fn(), wrongCode),
    ]);

    await userEvent.click(await screen.findByRole('button', { name: 'I’m here: check me in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This check-in code does not work for this gathering (it may have been replaced).',
    );
  });

  it.each([
    ['without a code', '/gatherings/cardiff-open-space/check-in', aGathering({ viewerRegistration: aRegistration() }), 'needs the code'],
    ['on the waiting list', PATH, aGathering({ viewerRegistration: aRegistration({ status: 'WAITLISTED' }) }), 'on the waiting list'],
    ['not registered when it is full', PATH, aGathering({ viewerRegistration: null, placesLeft: 0 }), 'the gathering is full'],
    ['after it closed', PATH, aGathering({ status: 'CLOSED', viewerRegistration: aRegistration() }), 'check-in is over'],
  ])('says what to do instead of a button %s', async (_case, path, gathering, words) => {
    renderApp(path, [meMock(aPerson()), gatheringMock(gathering)]);

    expect(await screen.findByTestId('check-in-blocked')).toHaveTextContent(words);
    expect(screen.queryByTestId('check-in-button')).not.toBeInTheDocument();
  });

  it('sends a signed-out person to sign in, and back to the check-in link afterwards', async () => {
    renderApp(PATH, [meMock(null), gatheringMock(aGathering())]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(`/sign-in?next=${encodeURIComponent(PATH)}`);
  });
});
