import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditAction } from '../../../gql/graphql';
import { aPerson, meMock, renderApp } from '../../../test/render-app';
import { AuditEventsQuery } from '../graphql/audit-events.query';
import { AUDIT_PAGE_SIZE } from '../pages/AdminAuditPage';

const admin = aPerson({ isPlatformAdmin: true });

const anEvent = (n: number, action: AuditAction = 'ROLE_HANDED_OVER') => ({
  __typename: 'AuditEvent' as const,
  id: `event-${n}`,
  action,
  subjectType: 'NETWORK' as const,
  subjectId: `network-${n}`,
  // The third network has gone since: it shows by its id.
  subjectName: n === 3 ? null : `Valleys Network ${n}`,
  detail: JSON.stringify({ role: 'facilitator', toPersonId: `person-${n}`, approved: true }),
  mentions: [{ __typename: 'AuditMention' as const, key: 'toPersonId', name: `Ana ${n}` }],
  createdAt: '2026-12-01T10:30:00.000Z',
  actor: n === 3 ? null : { __typename: 'PersonName' as const, id: 'person-faith', displayName: 'Faith Facilitator' },
});

const eventsMock = (
  events: ReturnType<typeof anEvent>[],
  {
    after = null,
    action = null,
    next = null,
    totalCount = events.length,
  }: { after?: string | null; action?: AuditAction | null; next?: string | null; totalCount?: number } = {},
) => ({
  request: { query: AuditEventsQuery, variables: { first: AUDIT_PAGE_SIZE, after, action } },
  result: {
    data: {
      auditEvents: {
        __typename: 'AuditEventConnection' as const,
        totalCount,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: next !== null, endCursor: next ?? events.at(-1)?.id ?? null },
        edges: events.map((node) => ({ __typename: 'AuditEventEdge' as const, node })),
      },
    },
  },
});

describe('AdminAuditPage', () => {
  it('shows the trail as a table, newest first, a page at a time', async () => {
    renderApp('/admin/audit', [
      meMock(admin),
      eventsMock([anEvent(1), anEvent(2, 'NETWORK_CLOSED')], { next: 'cursor-2', totalCount: 3 }),
      eventsMock([anEvent(3, 'EXPORT_DOWNLOADED')], { after: 'cursor-2', totalCount: 3 }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Page 1 of the audit trail (3 acts in all)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      [expect.stringContaining('2026'), 'Faith Facilitator', 'NetworkValleys Network 1', 'Role: facilitator, To: Ana 1, Approved: yes'],
      [expect.stringContaining('2026'), 'Faith Facilitator', 'NetworkValleys Network 2', 'Role: facilitator, To: Ana 2, Approved: yes'],
    ]);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Role handed over');
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('Network closed');
    expect(screen.getByRole('button', { name: 'Newer' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Older' }));
    const second = await screen.findByRole('table', { name: 'Page 2 of the audit trail (3 acts in all)' });
    expect(within(second).getByRole('rowheader')).toHaveTextContent('Export downloaded');
    expect(within(second).getByText('An account since deleted')).toBeInTheDocument();
    expect(within(second).getByText('network-3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Newer' }));
    expect(await screen.findByRole('table', { name: 'Page 1 of the audit trail (3 acts in all)' })).toBeInTheDocument();
  });

  it('filters by the kind of act, and says when nothing of that kind was recorded', async () => {
    renderApp('/admin/audit', [meMock(admin), eventsMock([anEvent(1)]), eventsMock([], { action: 'POST_HIDDEN' })]);
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Post hidden');
    expect(await screen.findByText('Nothing of this kind has been recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when nothing has been recorded yet', async () => {
    renderApp('/admin/audit', [meMock(admin), eventsMock([])]);
    expect(await screen.findByText('Nothing has been recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Older' })).not.toBeInTheDocument();
  });

  it('is for platform admins: others are told so, and see no trail', async () => {
    renderApp('/admin/audit', [meMock(aPerson())]);
    expect(await screen.findByText('Only Weave admins can read the audit trail.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('sends signed-out visitors to sign in, and back here after', async () => {
    renderApp('/admin/audit', [meMock(null)]);
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?next=%2Fadmin%2Faudit'));
  });

  it('speaks Welsh', async () => {
    const { i18n } = renderApp('/admin/audit', [meMock(admin), eventsMock([anEvent(1)])]);
    await screen.findByRole('table');
    await i18n.changeLanguage('cy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Llwybr archwilio' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader')).toHaveTextContent('Rôl wedi’i throsglwyddo');
    expect(screen.getByText('Rôl: facilitator, At: Ana 1, Cymeradwywyd: do')).toBeInTheDocument();
  });
});
