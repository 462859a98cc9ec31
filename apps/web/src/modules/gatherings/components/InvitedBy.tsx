import { useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { InvitationQuery } from '../graphql/invitation.query';

/** "Invited by Ada (Cardiff Food Coalition)" for people who came through an invitation link. */
export function InvitedBy({ code }: { code: string }) {
  const { t } = useTranslation('gatherings');
  const { data, error } = useQuery(InvitationQuery, { variables: { code } });
  if (graphQLErrorCode(error) === 'NOT_FOUND') {
    return (
      <Alert color="yellow" variant="light" data-testid="invited-by">
        {t('gatherings.invite.unknown')}
      </Alert>
    );
  }
  const invitation = data?.invitation;
  if (!invitation) return null;
  return (
    <Alert color={invitation.isExpired ? 'yellow' : 'indigo'} variant="light" data-testid="invited-by">
      {invitation.networkName
        ? t('gatherings.invite.invitedByFor', { name: invitation.issuedByName, network: invitation.networkName })
        : t('gatherings.invite.invitedBy', { name: invitation.issuedByName })}
      {invitation.isExpired && ` ${t('gatherings.invite.expired')}`}
    </Alert>
  );
}
