import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { MyNetworksQuery } from '../graphql/my-networks.query';
import { RespondToCoConveningMutation } from '../graphql/respond-to-co-convening.mutation';
import { routes } from '../../../app/routes';

interface CoConveningInvitationProps {
  gathering: GatheringFieldsFragment;
  /** From the link the conveners sent (`?coconvene=`): the network asked to co-convene. */
  networkId: string;
  signedIn: boolean;
}

/** A facilitator or convener of the asked network accepts (becoming a convener) or declines. */
export function CoConveningInvitation({ gathering, networkId, signedIn }: CoConveningInvitationProps) {
  const { t } = useTranslation('gatherings');
  const action = useActionStatus();
  const [answered, setAnswered] = useState(false);
  const { data, loading, error, refetch } = useQuery(MyNetworksQuery, { fetchPolicy: 'cache-and-network', skip: !signedIn });
  // Accepting answers with the gathering: the page then shows the convener actions.
  const [respond] = useMutation(RespondToCoConveningMutation);
  const network = data?.myNetworks.find((node) => node.id === networkId);
  const mayAnswer = network?.viewerRoles.some((role) => role === 'FACILITATOR' || role === 'CONVENER') ?? false;
  const convening = gathering.convenedBy.some((convener) => convener.id === networkId);

  const answer = (accept: boolean) => {
    if (!network) return;
    const names = { network: network.name, title: gathering.title };
    void action
      .run(
        accept ? 'accept' : 'decline',
        () => respond({ variables: { input: { gatheringId: gathering.id, networkId, accept } } }),
        accept ? t('gatherings.coConvening.accepted', names) : t('gatherings.coConvening.declined', names),
      )
      .then((done) => setAnswered(done));
  };

  let body: React.ReactNode;
  if (!signedIn)
    body = (
      <Anchor
        component={Link}
        to={routes.signIn({ next: routes.gathering({ slug: gathering.slug, coconvene: networkId }) })}
        underline="always"
      >
        {t('gatherings.coConvening.signIn')}
      </Anchor>
    );
  else if (loading && !data) body = <LoadingState />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!network || !mayAnswer) body = <Text>{t('gatherings.coConvening.notYours')}</Text>;
  else if (convening) body = <Text>{t('gatherings.coConvening.alreadyConvening', { network: network.name })}</Text>;
  else if (!answered)
    body = (
      <>
        <Text>{t('gatherings.coConvening.asked', { network: network.name })}</Text>
        <Group gap="sm">
          <Button loading={action.pending === 'accept'} onClick={() => answer(true)}>
            {t('gatherings.coConvening.accept')}
          </Button>
          <Button variant="outline" loading={action.pending === 'decline'} onClick={() => answer(false)}>
            {t('gatherings.coConvening.decline')}
          </Button>
        </Group>
      </>
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="co-convening-heading" data-testid="co-convening-invitation">
      <Stack gap="sm" align="flex-start">
        <Title order={2} id="co-convening-heading" fz="h3">
          {t('gatherings.coConvening.invitationTitle')}
        </Title>
        <ActionStatusAlert status={action.status} />
        {body}
      </Stack>
    </Paper>
  );
}
