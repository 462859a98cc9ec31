import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { ConnectionFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { routes } from '../../../app/routes';
import { ConnectionCard } from '../components/ConnectionCard';
import { ConfirmConnectionMutation, RemoveConnectionMutation, SetConnectionClosenessMutation } from '../graphql/connection.mutations';
import { PeopleMetQuery } from '../graphql/people-met.query';

const PAGE = 20;

function List({
  id,
  title,
  items,
  render,
}: {
  id: string;
  title: string;
  items: ConnectionFieldsFragment[];
  render: (c: ConnectionFieldsFragment) => React.ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map(render)}
      </Stack>
    </Stack>
  );
}

function PeopleMet() {
  const { t } = useTranslation('relationships');
  const status = useActionStatus();
  const { data, loading, error, refetch, fetchMore } = useQuery(PeopleMetQuery, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const again = { refetchQueries: [{ query: PeopleMetQuery, variables: { first: PAGE } }], awaitRefetchQueries: true };
  const [confirm] = useMutation(ConfirmConnectionMutation, again);
  const [remove] = useMutation(RemoveConnectionMutation, again);
  const [setCloseness] = useMutation(SetConnectionClosenessMutation);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const proposals = data?.connectionProposals ?? [];
  const met = data?.peopleMet.edges.map((e) => e.node) ?? [];
  const card = (c: ConnectionFieldsFragment) => (
    <ConnectionCard
      key={c.id}
      connection={c}
      busy={status.pending === c.id}
      onConfirm={() =>
        void status.run(
          c.id,
          () => confirm({ variables: { input: { connectionId: c.id } } }),
          t('peopleMet.confirmed', { name: c.person.displayName }),
        )
      }
      onRemove={() =>
        void status.run(
          c.id,
          () => remove({ variables: { input: { connectionId: c.id } } }),
          t('peopleMet.removed', { name: c.person.displayName }),
        )
      }
      onCloseness={(closeness) =>
        void status.run(
          c.id,
          () => setCloseness({ variables: { input: { connectionId: c.id, closeness } } }),
          t('peopleMet.closenessSaved', { name: c.person.displayName }),
        )
      }
    />
  );
  const pageInfo = data?.peopleMet.pageInfo;
  return (
    <Stack gap="lg">
      <ActionStatusAlert status={status.status} />
      <List id="awaiting-you-heading" title={t('peopleMet.awaitingYou')} items={proposals.filter((p) => p.awaitsYou)} render={card} />
      {met.length === 0 && proposals.length === 0 && <Text data-testid="no-connections">{t('peopleMet.empty')}</Text>}
      <List
        id="people-met-heading"
        title={t('peopleMet.confirmedTitle', { count: data?.peopleMet.totalCount ?? 0 })}
        items={met}
        render={card}
      />
      {pageInfo?.hasNextPage && (
        <Button variant="default" onClick={() => void fetchMore({ variables: { first: PAGE, after: pageInfo.endCursor } })}>
          {t('peopleMet.more')}
        </Button>
      )}
      <List id="awaiting-them-heading" title={t('peopleMet.awaitingThem')} items={proposals.filter((p) => !p.awaitsYou)} render={card} />
    </Stack>
  );
}

/** /people/met — people you met: proposals waiting for you first, then your confirmed connections, then those waiting for the other. */
export function PeopleMetPage() {
  const { t } = useTranslation('relationships');
  usePageTitle(t('peopleMet.title'));
  const { person, loading } = useCurrentPerson();
  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.peopleMet() })} replace />;
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('peopleMet.title')}</Title>
        <Text>{t('peopleMet.intro')}</Text>
        {loading ? <LoadingState /> : <PeopleMet />}
      </Stack>
    </Container>
  );
}
