import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { AnswerTieMutation } from '../graphql/answer-tie.mutation';
import { InboxUpdatesSubscription } from '../graphql/inbox-updates.subscription';
import { MarkAllNotificationsReadMutation } from '../graphql/mark-all-notifications-read.mutation';
import { MarkNotificationReadMutation } from '../graphql/mark-notification-read.mutation';
import { NotificationsQuery } from '../graphql/notifications.query';
import { INBOX_PAGE_SIZE } from '../pages/InboxPage';

const facts = {
  __typename: 'NotificationFacts' as const,
  title: null as string | null,
  slug: null as string | null,
  networkName: null as string | null,
  networkSlug: null as string | null,
  networkId: null,
  otherNetworkName: null as string | null,
  otherNetworkSlug: null as string | null,
  role: null,
  answer: null,
  side: null as string | null,
  path: null as string | null,
};

const confirmed = (n: number, read = false) => ({
  __typename: 'Notification' as const,
  id: `n-${n}`,
  kind: 'REGISTRATION_CONFIRMED' as const,
  read,
  createdAt: '2026-12-06T16:30:00.000Z',
  subjectType: 'GATHERING' as const,
  subjectId: `g-${n}`,
  actor: null,
  facts: { ...facts, title: `Gathering ${n}`, slug: `gathering-${n}` },
  tie: null,
});

const proposal = {
  ...confirmed(9),
  kind: 'TIE_PROPOSED' as const,
  subjectType: 'TIE' as const,
  subjectId: 'tie-1',
  actor: { __typename: 'PersonName' as const, id: 'p-2', displayName: 'Nia Network' },
  facts: {
    ...facts,
    networkName: 'Valley Coalition',
    networkSlug: 'valley',
    otherNetworkName: 'River Hub',
    otherNetworkSlug: 'river',
    side: 'PARENT',
  },
  tie: { __typename: 'NetworkMembership' as const, id: 'tie-1', status: 'REQUESTED' as const },
};

type Node = ReturnType<typeof confirmed> | typeof proposal;

const page = (
  nodes: Node[],
  { after = null, next = null }: { after?: string | null; next?: string | null } = {},
  totalCount = nodes.length,
) => ({
  request: { query: NotificationsQuery, variables: { first: INBOX_PAGE_SIZE, ...(after ? { after } : {}) } },
  result: {
    data: {
      notifications: {
        __typename: 'NotificationConnection' as const,
        totalCount,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: next !== null, endCursor: next ?? nodes.at(-1)?.id ?? null },
        edges: nodes.map((node) => ({ __typename: 'NotificationEdge' as const, cursor: node.id, node })),
      },
    },
  },
});

const live = (unreadCount: number, latestId: string | null = null) => ({
  request: { query: InboxUpdatesSubscription },
  result: {
    data: {
      inboxUpdates: {
        __typename: 'InboxUpdate' as const,
        unreadCount,
        latest: latestId ? { __typename: 'Notification' as const, id: latestId } : null,
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('the inbox', () => {
  it('sends a signed-out visitor to sign in first', async () => {
    renderApp('/notifications', [meMock(null)]);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?next=%2Fnotifications'));
  });

  it('says so when there is nothing', async () => {
    renderApp('/notifications', [meMock(aPerson()), page([]), live(0)]);
    expect(await screen.findByText(/Nothing new/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
  });

  it('lists notifications with unread ones marked, a bell naming the count, and marks one read', async () => {
    const user = userEvent.setup();
    renderApp('/notifications', [
      meMock(aPerson()),
      page([confirmed(1), confirmed(2, true)]),
      live(1, 'n-1'),
      {
        request: { query: MarkNotificationReadMutation, variables: { input: { notificationId: 'n-1' } } },
        result: { data: { markNotificationRead: { __typename: 'Notification' as const, id: 'n-1', read: true } } },
      },
    ]);
    const list = await screen.findByRole('list', { name: 'Your notifications' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^NewUnread: You have a place at Gathering 1\.6 Dec 2026, \d\d:30Mark read$/),
      expect.stringMatching(/^You have a place at Gathering 2\./),
    ]);
    expect(within(items[0]).getByRole('link', { name: 'You have a place at Gathering 1.' })).toHaveAttribute(
      'href',
      '/gatherings/gathering-1',
    );
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toHaveAttribute('href', '/notifications');

    await user.click(within(items[0]).getByRole('button', { name: 'Mark read: You have a place at Gathering 1.' }));
    expect(await screen.findByText('Marked as read.')).toBeInTheDocument();
    await waitFor(() => expect(within(items[0]).queryByText('New')).not.toBeInTheDocument());
  });

  it('answers a tie proposal in place and marks it read', async () => {
    const user = userEvent.setup();
    renderApp('/notifications', [
      meMock(aPerson()),
      page([proposal]),
      live(1, 'n-9'),
      {
        request: { query: AnswerTieMutation, variables: { input: { membershipId: 'tie-1', accept: true } } },
        result: { data: { respondToMembership: { __typename: 'NetworkMembership' as const, id: 'tie-1', status: 'ACTIVE' as const } } },
      },
      {
        request: { query: MarkNotificationReadMutation, variables: { input: { notificationId: 'n-9' } } },
        result: { data: { markNotificationRead: { __typename: 'Notification' as const, id: 'n-9', read: true } } },
      },
    ]);
    expect(await screen.findByRole('link', { name: 'River Hub asks to join Valley Coalition.' })).toHaveAttribute(
      'href',
      '/networks/valley/manage?section=ties',
    );
    await user.click(screen.getByRole('button', { name: 'Accept the tie with River Hub' }));
    expect(await screen.findByText('You accepted the tie with River Hub.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Accept the tie with River Hub' })).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /^Mark read/ })).not.toBeInTheDocument();
  });

  it('shows older notifications on asking, and marks everything read', async () => {
    const user = userEvent.setup();
    renderApp('/notifications', [
      meMock(aPerson()),
      page([confirmed(1), confirmed(2)], { next: 'n-2' }, 3),
      page([confirmed(3)], { after: 'n-2' }, 3),
      live(3, 'n-1'),
      { request: { query: MarkAllNotificationsReadMutation }, result: { data: { markAllNotificationsRead: 3 } } },
    ]);
    expect(await screen.findByText('Showing 2 of 3.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show older notifications' }));
    expect(await screen.findByText('Showing 3 of 3.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show older notifications' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(await screen.findByText('All marked as read.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryAllByText('New')).toHaveLength(0));
  });
});
