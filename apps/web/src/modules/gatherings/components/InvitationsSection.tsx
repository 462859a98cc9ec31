import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { InvitationTreeQuery } from '../graphql/invitation-tree.query';
import { InvitationTreeList } from './InvitationTreeList';

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm">{label}</Text>
      <Text fw={800} fz="xl">
        {value}
      </Text>
    </Paper>
  );
}

/** How invitations cascaded: the figures, then the tree itself. */
export function InvitationsSection({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('gatherings');
  const { data, loading, error, refetch } = useQuery(InvitationTreeQuery, {
    variables: { gatheringId },
    fetchPolicy: 'cache-and-network',
  });
  const tree = data?.invitationTree;
  return (
    <Stack gap="sm" component="section" aria-labelledby="invitations-heading" data-testid="invitations-section">
      <Title order={2} id="invitations-heading">
        {t('gatherings.invitations.title')}
      </Title>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {tree && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Figure label={t('gatherings.invitations.networksReached')} value={tree.networksReached} />
            <Figure label={t('gatherings.invitations.maxDepth')} value={tree.maxDepth} />
            <Figure label={t('gatherings.invitations.throughInvitations')} value={tree.registrationsThroughInvitations} />
          </SimpleGrid>
          <InvitationTreeList nodes={tree.nodes} />
        </>
      )}
    </Stack>
  );
}
