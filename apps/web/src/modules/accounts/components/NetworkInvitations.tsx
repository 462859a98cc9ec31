import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { roleLabel } from '../../networks';
import { MyNetworkInvitationsQuery } from '../graphql/my-network-invitations.query';
import { RespondToNetworkInvitationMutation } from '../graphql/respond-to-network-invitation.mutation';
import { routes } from '../../../app/routes';

/**
 * Invitations to roles in networks. An answered invitation stays in the list
 * (the cache updates its status) so an accepted one can link to its network.
 */
export function NetworkInvitations() {
  const { t } = useTranslation('accounts');
  const { t: networksT } = useTranslation('networks');
  const { data, loading, error, refetch } = useQuery(MyNetworkInvitationsQuery);
  const [respond] = useMutation(RespondToNetworkInvitationMutation);
  const actions = useActionStatus();
  const invitations = data?.myNetworkInvitations ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="invitations-heading">
      <Title order={2} id="invitations-heading">
        {t('account.invitations.title')}
      </Title>
      <ActionStatusAlert status={actions.status} />
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data && invitations.length === 0 && <Text c="dimmed">{t('account.invitations.none')}</Text>}
      {invitations.length > 0 && (
        <List spacing="md" listStyleType="none" p={0} data-testid="network-invitations">
          {invitations.map((invitation) => {
            const names = { network: invitation.networkName, role: roleLabel(networksT, invitation.role) };
            const answer = (accept: boolean) =>
              void actions.run(
                `${invitation.id}-${accept ? 'accept' : 'decline'}`,
                () => respond({ variables: { input: { invitationId: invitation.id, accept } } }),
                accept ? t('account.invitations.accepted', names) : t('account.invitations.declined', names),
              );
            return (
              <List.Item key={invitation.id}>
                <Stack gap={4}>
                  <Text>
                    {invitation.invitedByName
                      ? t('account.invitations.itemFrom', { ...names, name: invitation.invitedByName })
                      : t('account.invitations.item', names)}
                  </Text>
                  {invitation.status === 'PENDING' && (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        loading={actions.pending === `${invitation.id}-accept`}
                        aria-label={t('account.invitations.acceptLabel', names)}
                        onClick={() => answer(true)}
                      >
                        {t('account.invitations.accept')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        loading={actions.pending === `${invitation.id}-decline`}
                        aria-label={t('account.invitations.declineLabel', names)}
                        onClick={() => answer(false)}
                      >
                        {t('account.invitations.decline')}
                      </Button>
                    </Group>
                  )}
                  {invitation.status === 'ACCEPTED' && (
                    <Anchor component={Link} to={routes.network({ slug: invitation.networkSlug })} underline="always">
                      {t('account.invitations.goToNetwork', names)}
                    </Anchor>
                  )}
                  {invitation.status === 'DECLINED' && (
                    <Text size="sm" c="dimmed">
                      {t('account.invitations.declinedNote')}
                    </Text>
                  )}
                </Stack>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}
