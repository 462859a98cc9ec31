import { useMutation } from '@apollo/client/react';
import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionStatusAlert } from '../../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { useActionStatus } from '../../../../ui/use-action-status';
import { RemoveNetworkRoleMutation } from '../../graphql/remove-network-role.mutation';
import { formatDate } from '../../../../ui/dates';
import { roleLabel } from '../../utils/network-enums';
import { HandOverRoleForm } from './HandOverRoleForm';
import { InviteToNetworkForm } from './InviteToNetworkForm';
import { refetchManagedNetwork, type ManagedNetwork } from './manage-network.types';

export function PeopleSection({ network, personId }: { network: ManagedNetwork; personId: string }) {
  const { t, i18n } = useTranslation('networks');
  const actions = useActionStatus();
  const [removeRole] = useMutation(RemoveNetworkRoleMutation, refetchManagedNetwork);
  const invitations = network.pendingInvitations ?? [];

  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="current-roles-heading">
        <Title order={2} id="current-roles-heading" fz="h3">
          {t('networks.manage.people.currentTitle')}
        </Title>
        <ActionStatusAlert status={actions.status} />
        <List spacing="sm" listStyleType="none" p={0} data-testid="current-roles">
          {network.people.map((holder) => {
            const key = `${holder.person.id}-${holder.role}`;
            const isMe = holder.person.id === personId;
            const names = { name: holder.person.displayName, role: roleLabel(t, holder.role), network: network.name };
            return (
              <List.Item key={key}>
                <Group gap="sm" wrap="wrap">
                  <Text>
                    <Text span fw={700}>
                      {holder.person.displayName}
                    </Text>
                    {`: ${roleLabel(t, holder.role)}`}
                  </Text>
                  <ConfirmButton
                    size="xs"
                    variant="outline"
                    color="red"
                    aria-label={isMe ? t('networks.manage.people.leaveLabel', names) : t('networks.manage.people.removeLabel', names)}
                    loading={actions.pending === key}
                    title={isMe ? t('networks.manage.people.leaveTitle') : t('networks.manage.people.removeTitle')}
                    body={isMe ? t('networks.manage.people.leaveBody', names) : t('networks.manage.people.removeBody', names)}
                    confirmLabel={isMe ? t('networks.manage.people.leave') : t('networks.manage.people.remove')}
                    onConfirm={() =>
                      void actions.run(
                        key,
                        () =>
                          removeRole({ variables: { input: { networkId: network.id, personId: holder.person.id, role: holder.role } } }),
                        t('networks.manage.people.removed', names),
                      )
                    }
                  >
                    {isMe ? t('networks.manage.people.leave') : t('networks.manage.people.remove')}
                  </ConfirmButton>
                </Group>
              </List.Item>
            );
          })}
        </List>
      </Stack>
      <InviteToNetworkForm networkId={network.id} />
      <Stack gap="sm" component="section" aria-labelledby="pending-invitations-heading">
        <Title order={3} id="pending-invitations-heading" fz="h4">
          {t('networks.manage.people.pendingTitle')}
        </Title>
        {invitations.length === 0 ? (
          <Text c="dimmed">{t('networks.manage.people.noPending')}</Text>
        ) : (
          <List spacing="xs" data-testid="pending-invitations">
            {invitations.map((invitation) => (
              <List.Item key={invitation.id}>
                {t('networks.manage.people.pendingItem', {
                  email: invitation.email,
                  role: roleLabel(t, invitation.role),
                  date: formatDate(invitation.createdAt, i18n.language),
                })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <HandOverRoleForm network={network} personId={personId} />
    </Stack>
  );
}
