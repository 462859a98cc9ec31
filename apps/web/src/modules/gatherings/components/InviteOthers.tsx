import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { useActionStatus } from '../../../ui/use-action-status';
import { CreateInvitationMutation } from '../graphql/create-invitation.mutation';
import { MyInvitationsQuery } from '../graphql/my-invitations.query';
import { MyNetworksQuery } from '../graphql/my-networks.query';
import { MyInvitationLinks } from './MyInvitationLinks';

/** "Invite others from your network": makes a link to share, optionally on behalf of one of your networks. */
export function InviteOthers({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('gatherings');
  const action = useActionStatus();
  const [networkId, setNetworkId] = useState('');
  const { data } = useQuery(MyNetworksQuery, { fetchPolicy: 'cache-and-network' });
  const myNetworks = data?.myNetworks ?? [];
  // The new link shows in the list of your links, refetched before the button stops spinning.
  const [createInvitation] = useMutation(CreateInvitationMutation, {
    refetchQueries: [{ query: MyInvitationsQuery, variables: { gatheringId } }],
    awaitRefetchQueries: true,
  });

  const create = () =>
    void action.run(
      'create',
      () => createInvitation({ variables: { input: { gatheringId, networkId: networkId || null } } }),
      t('gatherings.invite.made'),
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invite-others-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} id="invite-others-heading" fz="h3">
          {t('gatherings.invite.title')}
        </Title>
        <Text>{t('gatherings.invite.body')}</Text>
        {myNetworks.length > 0 && (
          <NativeSelect
            label={t('gatherings.invite.onBehalfOf')}
            value={networkId}
            onChange={(event) => setNetworkId(event.currentTarget.value)}
          >
            <option value="">{t('gatherings.invite.justMe')}</option>
            {myNetworks.map((network) => (
              <option key={network.id} value={network.id}>
                {network.name}
              </option>
            ))}
          </NativeSelect>
        )}
        <Button onClick={create} loading={action.pending === 'create'}>
          {t('gatherings.invite.make')}
        </Button>
        <ActionStatusAlert status={action.status} />
        <MyInvitationLinks gatheringId={gatheringId} />
      </Stack>
    </Paper>
  );
}
