import { screen, within } from '@testing-library/react';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { aGathering, aRegistration, gatheringMock } from '../../gatherings/__tests__/gathering-fixtures';
import { aRoom, aWall, morning, roomMock, roomUpdatesMock, wallMock, wallUpdatesMock } from './open-space-fixtures';

// Issue 15 §1: when the convener opens the gathering, open walls, rooms and boards change without a reload.

const published = aGathering({ status: 'PUBLISHED', viewerRegistration: aRegistration() });
const joinButton = { name: 'Join the room for “Seed swaps”' };

describe('live gathering status', () => {
  it('shows Join on the wall as soon as the gathering opens, without reading the page again', async () => {
    renderApp('/gatherings/cardiff-open-space/wall', [
      meMock(aPerson()),
      gatheringMock(published),
      wallMock(aWall({ gatheringStatus: 'PUBLISHED' })),
      wallUpdatesMock({ snapshot: aWall({ gatheringStatus: 'LIVE' }) }, 300),
    ]);
    expect(await screen.findByText('Rooms open when the conveners start the gathering on the day.')).toBeInTheDocument();
    expect(screen.queryByRole('button', joinButton)).not.toBeInTheDocument();
    expect(await screen.findByRole('button', joinButton, { timeout: 3_000 })).toBeInTheDocument();
    expect(screen.queryByText('Rooms open when the conveners start the gathering on the day.')).not.toBeInTheDocument();
  });

  it('makes the wall read-only as soon as the gathering closes', async () => {
    renderApp('/gatherings/cardiff-open-space/wall', [
      meMock(aPerson()),
      gatheringMock(aGathering({ status: 'LIVE', viewerRegistration: aRegistration() })),
      wallMock(aWall()),
      wallUpdatesMock({ snapshot: aWall({ gatheringStatus: 'CLOSED' }) }, 300),
    ]);
    expect(await screen.findByRole('button', joinButton)).toBeInTheDocument();
    expect(await screen.findByTestId('closed-notice', {}, { timeout: 3_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', joinButton)).not.toBeInTheDocument();
  });

  it('shows the room’s presence controls once the gathering opens', async () => {
    renderApp('/gatherings/cardiff-open-space/rooms/session-1', [
      meMock(aPerson()),
      gatheringMock(published),
      roomMock(aRoom({ gatheringStatus: 'PUBLISHED' })),
      roomUpdatesMock({ snapshot: aRoom({ gatheringStatus: 'LIVE' }) }, 1_000),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: /Seed swaps/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Somewhere new' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Somewhere new' }, { timeout: 3_000 })).toBeInTheDocument();
  });

  it('marks the slot on now by the server’s clock, even when this device’s clock is wrong', async () => {
    // The server says it is 09:10 (morning runs 09:00–10:00 UTC); the device thinks it is years earlier.
    renderApp('/gatherings/cardiff-open-space/board', [
      meMock(null),
      gatheringMock(aGathering({ status: 'LIVE' })),
      wallMock(aWall({ serverTime: '2026-06-13T09:10:00.000Z', slots: [morning] })),
      wallUpdatesMock(null),
    ]);
    const row = await screen.findByTestId('slot-on-now');
    expect(within(row).getByText('On now')).toBeInTheDocument();
  });
});
