import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyableLink } from '../../../ui/CopyableLink';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { MyInvitationsQuery } from '../graphql/my-invitations.query';

/**
 * The links you have made for a gathering, so you can find them again: the newest
 * one per network you invite on behalf of (or for yourself), oldest first.
 */
export function MyInvitationLinks({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('gatherings');
  const { data, loading, error, refetch } = useQuery(MyInvitationsQuery, { variables: { gatheringId }, fetchPolicy: 'cache-and-network' });
  const newest = new Map((data?.myInvitations ?? []).map((invitation) => [invitation.networkName ?? '', invitation]));
  const links = [...newest.values()];

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (links.length === 0) return <Text data-testid="no-invitation-links">{t('gatherings.invite.noLinks')}</Text>;
  return (
    <Stack gap="xs" w="100%" data-testid="my-invitation-links">
      {links.map((invitation) => (
        <Stack key={invitation.id} gap={0}>
          <CopyableLink
            label={
              invitation.networkName ? t('gatherings.invite.linkFor', { network: invitation.networkName }) : t('gatherings.invite.link')
            }
            value={invitation.url}
            testId="invitation-link"
          />
          {invitation.isExpired && (
            <Text size="sm" c="red.8">
              {t('gatherings.invite.linkExpired')}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
