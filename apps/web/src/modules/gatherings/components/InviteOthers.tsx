import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { CopyableLink } from '../../../ui/CopyableLink';
import { useActionStatus } from '../../../ui/use-action-status';
import { CreateInvitationMutation } from '../graphql/create-invitation.mutation';
import { MyNetworksQuery } from '../graphql/my-networks.query';

/** "Invite others from your network": makes a link to share, optionally on behalf of one of your networks. */
export function InviteOthers({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation();
  const action = useActionStatus();
  const [networkId, setNetworkId] = useState('');
  const [invitation, setInvitation] = useState<InvitationFieldsFragment>();
  const { data } = useQuery(MyNetworksQuery, { fetchPolicy: 'cache-and-network' });
  const myNetworks = (data?.networks.edges ?? []).map((edge) => edge.node).filter((network) => network.viewerRoles.length > 0);
  const [createInvitation] = useMutation(CreateInvitationMutation);

  const create = () =>
    void action.run(
      'create',
      async () => {
        const result = await createInvitation({ variables: { input: { gatheringId, networkId: networkId || null } } });
        setInvitation(result.data?.createInvitation);
      },
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
        {invitation && <CopyableLink label={t('gatherings.invite.link')} value={invitation.url} testId="invitation-link" />}
      </Stack>
    </Paper>
  );
}
