import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MembershipFieldsFragment } from '../../../../gql/graphql';
import { ActionStatusAlert } from '../../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../../ui/ConfirmButton';
import { useActionStatus } from '../../../../ui/use-action-status';
import { EndMembershipMutation } from '../../graphql/end-membership.mutation';
import { RespondToMembershipMutation } from '../../graphql/respond-to-membership.mutation';
import { handshakeViews, otherSide } from '../../utils/membership-views';
import { tieTypeLabel } from '../../utils/network-enums';
import { ListMemberNetworkForm } from './ListMemberNetworkForm';
import { refetchManagedNetwork, type ManagedNetwork } from './manage-network.types';
import { ProposeTieForm } from './ProposeTieForm';
import { routes } from '../../../../app/routes';

interface TieListProps {
  id: string;
  title: string;
  empty: string;
  ties: MembershipFieldsFragment[];
  networkId: string;
  describe: (tie: MembershipFieldsFragment) => string;
  actions: (tie: MembershipFieldsFragment, name: string) => React.ReactNode;
}

function TieList({ id, title, empty, ties, networkId, describe, actions }: TieListProps) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={3} id={`${id}-heading`} fz="h4">
        {title}
      </Title>
      {ties.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <List spacing="sm" listStyleType="none" p={0} data-testid={id}>
          {ties.map((tie) => {
            const other = otherSide(tie, networkId);
            return (
              <List.Item key={tie.id}>
                <Group gap="sm" wrap="wrap">
                  <Text>
                    <Anchor component={Link} to={routes.network({ slug: other.slug })} underline="always" fw={700}>
                      {other.name}
                    </Anchor>{' '}
                    {describe(tie)}
                  </Text>
                  {actions(tie, other.name)}
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

export function TiesSection({ network }: { network: ManagedNetwork }) {
  const { t } = useTranslation('networks');
  const status = useActionStatus();
  const [respond] = useMutation(RespondToMembershipMutation, refetchManagedNetwork);
  const [endTie] = useMutation(EndMembershipMutation, refetchManagedNetwork);
  const views = handshakeViews(network.handshakes ?? [], network.id);
  const tieType = (tie: MembershipFieldsFragment) => tieTypeLabel(t, tie.tieType);

  const answer = (tie: MembershipFieldsFragment, name: string, accept: boolean) =>
    void status.run(
      `${tie.id}-${accept ? 'accept' : 'decline'}`,
      () => respond({ variables: { input: { membershipId: tie.id, accept } } }),
      accept ? t('networks.manage.ties.accepted', { name }) : t('networks.manage.ties.declined', { name }),
    );

  const endButton = (tie: MembershipFieldsFragment, name: string, kind: 'end' | 'withdraw') => (
    <ConfirmButton
      size="xs"
      variant="outline"
      color="red"
      loading={status.pending === `${tie.id}-end`}
      aria-label={t(`networks.manage.ties.${kind}Label`, { name })}
      title={t(`networks.manage.ties.${kind}Title`)}
      body={t(`networks.manage.ties.${kind}Body`, { name })}
      confirmLabel={t(`networks.manage.ties.${kind}`)}
      onConfirm={() =>
        void status.run(
          `${tie.id}-end`,
          () => endTie({ variables: { input: { membershipId: tie.id } } }),
          t(`networks.manage.ties.${kind}Done`, { name }),
        )
      }
    >
      {t(`networks.manage.ties.${kind}`)}
    </ConfirmButton>
  );

  return (
    <Stack gap="xl">
      <Stack gap="lg" component="section" aria-labelledby="ties-heading">
        <Title order={2} id="ties-heading" fz="h3">
          {t('networks.manage.ties.title')}
        </Title>
        <ActionStatusAlert status={status.status} />
        <TieList
          id="handshakes-waiting"
          title={t('networks.manage.ties.waitingTitle')}
          empty={t('networks.manage.ties.waitingNone')}
          ties={views.awaitingAnswer}
          networkId={network.id}
          describe={(tie) =>
            tie.status === 'INVITED'
              ? t('networks.manage.ties.invitesYou', { tieType: tieType(tie) })
              : t('networks.manage.ties.asksToJoin', { tieType: tieType(tie) })
          }
          actions={(tie, name) => (
            <Group gap="xs">
              <Button
                size="xs"
                loading={status.pending === `${tie.id}-accept`}
                aria-label={t('networks.manage.ties.acceptLabel', { name })}
                onClick={() => answer(tie, name, true)}
              >
                {t('networks.manage.ties.accept')}
              </Button>
              <Button
                size="xs"
                variant="outline"
                loading={status.pending === `${tie.id}-decline`}
                aria-label={t('networks.manage.ties.declineLabel', { name })}
                onClick={() => answer(tie, name, false)}
              >
                {t('networks.manage.ties.decline')}
              </Button>
            </Group>
          )}
        />
        <TieList
          id="handshakes-sent"
          title={t('networks.manage.ties.sentTitle')}
          empty={t('networks.manage.ties.sentNone')}
          ties={views.sent}
          networkId={network.id}
          describe={(tie) =>
            tie.status === 'INVITED'
              ? t('networks.manage.ties.youInvited', { tieType: tieType(tie) })
              : t('networks.manage.ties.youAsked', { tieType: tieType(tie) })
          }
          actions={(tie, name) => endButton(tie, name, 'withdraw')}
        />
        <TieList
          id="tie-members"
          title={t('networks.manage.ties.membersTitle')}
          empty={t('networks.manage.ties.membersNone')}
          ties={views.members}
          networkId={network.id}
          describe={(tie) => t('networks.manage.ties.asTie', { tieType: tieType(tie) })}
          actions={(tie, name) => endButton(tie, name, 'end')}
        />
        <TieList
          id="tie-coalitions"
          title={t('networks.manage.ties.belongsToTitle')}
          empty={t('networks.manage.ties.belongsToNone')}
          ties={views.belongsTo}
          networkId={network.id}
          describe={(tie) => t('networks.manage.ties.asTie', { tieType: tieType(tie) })}
          actions={(tie, name) => endButton(tie, name, 'end')}
        />
      </Stack>
      <ProposeTieForm network={network} direction="invite" />
      <ProposeTieForm network={network} direction="join" />
      <ListMemberNetworkForm network={network} />
    </Stack>
  );
}
