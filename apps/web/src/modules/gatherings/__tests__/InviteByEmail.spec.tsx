import { screen, within } from '@testing-library/react';
import { renderUi } from '../../../test/render-app';
import { InviteByEmailResultSummary } from '../components/InviteByEmail';

describe('InviteByEmailResultSummary', () => {
  it('says how many were sent, who was already coming, and which lines were bad, by number', () => {
    renderUi(
      <InviteByEmailResultSummary
        result={{
          sent: 2,
          alreadyRegistered: ['ada@example.org'],
          invalid: [
            { line: 3, value: 'not-an-address', reason: 'Not an email address' },
            { line: 7, value: 'bob@', reason: 'Not an email address' },
          ],
        }}
      />,
    );

    const result = screen.getByTestId('email-invite-result');
    expect(result).toHaveTextContent('2 invitations sent.');
    expect(within(screen.getByTestId('email-invite-already')).getByText('ada@example.org')).toBeInTheDocument();
    const bad = within(screen.getByTestId('email-invite-invalid')).getAllByRole('listitem');
    expect(bad.map((item) => item.textContent)).toEqual([
      'Line 3: “not-an-address” — Not an email address',
      'Line 7: “bob@” — Not an email address',
    ]);
    expect(result).toHaveTextContent('2 lines are not email addresses:');
  });

  it('leaves out the lists when everything was sent', () => {
    renderUi(<InviteByEmailResultSummary result={{ sent: 1, alreadyRegistered: [], invalid: [] }} />);

    expect(screen.getByTestId('email-invite-result')).toHaveTextContent('1 invitation sent.');
    expect(screen.queryByTestId('email-invite-invalid')).not.toBeInTheDocument();
  });
});
