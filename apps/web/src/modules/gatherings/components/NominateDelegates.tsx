import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegatePlacesQuery as DelegatePlacesResult } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { DelegatePlacesQuery } from '../graphql/delegate-places.query';
import { MyNetworksQuery } from '../graphql/my-networks.query';
import { NetworkMembersQuery } from '../graphql/network-members.query';
import { NominateDelegateMutation } from '../graphql/nominate-delegate.mutation';

type Places = DelegatePlacesResult['delegatePlaces'][number];

/** One network's places: who fills them, and a choice of the network's people for the next place. */
function NetworkPlaces({ gatheringId, row }: { gatheringId: string; row: Places }) {
  const { t } = useTranslation('gatherings');
  const action = useActionStatus();
  const [personId, setPersonId] = useState('');
  const members = useQuery(NetworkMembersQuery, { variables: { slug: row.network.slug } });
  const [nominate] = useMutation(NominateDelegateMutation, {
    refetchQueries: [{ query: DelegatePlacesQuery, variables: { gatheringId } }],
    awaitRefetchQueries: true,
    // A delegate takes a place (perhaps the viewer's own): the page reads the gathering again.
    update: (cache) => {
      const id = cache.identify({ __typename: 'Gathering', id: gatheringId });
      for (const fieldName of ['placesLeft', 'viewerRegistration']) cache.evict({ id, fieldName });
    },
  });
  // Someone may hold more than one role: list each person once.
  const people = [...new Map((members.data?.network.people ?? []).map((holder) => [holder.person.id, holder.person])).values()];
  const full = row.delegates.length >= row.places;
  const names = { network: row.network.name };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const person = people.find((candidate) => candidate.id === personId);
    if (!person) return;
    const done = await action.run(
      'nominate',
      () => nominate({ variables: { input: { gatheringId, networkId: row.network.id, personId: person.id } } }),
      t('gatherings.nominate.done', { name: person.displayName, ...names }),
    );
    if (done) setPersonId('');
  };

  return (
    <Stack gap="xs" data-testid="nominate-network">
      <Title order={3} fz="h4">
        {row.network.name}
      </Title>
      <Text>{t('gatherings.delegates.filled', { count: row.delegates.length, places: row.places })}</Text>
      {row.delegates.length > 0 && <Text size="sm">{t('gatherings.nominate.who', { names: row.delegates.join(', ') })}</Text>}
      <ActionStatusAlert status={action.status} />
      {full ? (
        <Text size="sm">{t('gatherings.nominate.full')}</Text>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="xs" align="flex-start">
            {members.error && !members.data && <ErrorState error={members.error} onRetry={() => void members.refetch()} />}
            <NativeSelect
              label={t('gatherings.nominate.personLabel', names)}
              value={personId}
              disabled={!members.data}
              onChange={(event) => setPersonId(event.currentTarget.value)}
            >
              <option value="">{t('gatherings.nominate.choose')}</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.displayName}
                </option>
              ))}
            </NativeSelect>
            <Button type="submit" disabled={!personId} loading={action.pending === 'nominate'}>
              {t('gatherings.nominate.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** For facilitators of networks the conveners gave delegate places: fill them with people from the network. */
export function NominateDelegates({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('gatherings');
  const mine = useQuery(MyNetworksQuery, { fetchPolicy: 'cache-and-network' });
  const facilitated = new Set(
    (mine.data?.myNetworks ?? []).filter((network) => network.viewerRoles.includes('FACILITATOR')).map((network) => network.id),
  );
  const { data, loading, error, refetch } = useQuery(DelegatePlacesQuery, {
    variables: { gatheringId },
    skip: facilitated.size === 0,
    fetchPolicy: 'cache-and-network',
  });
  const rows = (data?.delegatePlaces ?? []).filter((row) => facilitated.has(row.network.id));

  // Only facilitators whose networks have places see this.
  if (facilitated.size === 0 || (data && rows.length === 0)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="nominate-heading" data-testid="nominate-delegates">
      <Stack gap="sm">
        <Title order={2} id="nominate-heading" fz="h3">
          {t('gatherings.nominate.title')}
        </Title>
        <Text>{t('gatherings.nominate.intro')}</Text>
        {loading && !data && <LoadingState />}
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
        {rows.map((row) => (
          <NetworkPlaces key={row.network.id} gatheringId={gatheringId} row={row} />
        ))}
      </Stack>
    </Paper>
  );
}
