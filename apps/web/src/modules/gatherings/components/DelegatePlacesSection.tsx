import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { NetworkPicker } from '../../networks';
import { DelegatePlacesQuery } from '../graphql/delegate-places.query';
import { SetDelegatePlacesMutation } from '../graphql/set-delegate-places.mutation';
import { routes } from '../../../app/routes';

export const MAX_DELEGATE_PLACES = 100;

/** Conveners give invited networks delegate places, and see whom each network has nominated. */
export function DelegatePlacesSection({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('gatherings');
  const action = useActionStatus();
  const [networkId, setNetworkId] = useState('');
  const [places, setPlaces] = useState<number | string>(1);
  const [pickError, setPickError] = useState<string>();
  const { data, loading, error, refetch } = useQuery(DelegatePlacesQuery, {
    variables: { gatheringId },
    fetchPolicy: 'cache-and-network',
  });
  // The answer is every network's places: it replaces the list.
  const [setDelegatePlaces] = useMutation(SetDelegatePlacesMutation, {
    update: (cache, result) => {
      if (result.data)
        cache.writeQuery({
          query: DelegatePlacesQuery,
          variables: { gatheringId },
          data: { delegatePlaces: result.data.setDelegatePlaces },
        });
    },
  });
  const rows = data?.delegatePlaces ?? [];

  const save = (network: string, count: number, message: string) =>
    action.run('set', () => setDelegatePlaces({ variables: { input: { gatheringId, networkId: network, places: count } } }), message);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!networkId) return setPickError(t('gatherings.delegates.chooseNetwork'));
    setPickError(undefined);
    if (await save(networkId, Number(places), t('gatherings.delegates.saved'))) setNetworkId('');
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="delegates-heading" data-testid="delegate-places">
      <Title order={2} id="delegates-heading">
        {t('gatherings.delegates.title')}
      </Title>
      <Text>{t('gatherings.delegates.intro')}</Text>
      <ActionStatusAlert status={action.status} />
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && rows.length === 0 && <Text data-testid="no-delegate-places">{t('gatherings.delegates.none')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped withTableBorder data-testid="delegate-places-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('gatherings.delegates.network')}</Table.Th>
                <Table.Th scope="col">{t('gatherings.delegates.places')}</Table.Th>
                <Table.Th scope="col">{t('gatherings.delegates.nominated')}</Table.Th>
                <Table.Th scope="col">{t('gatherings.delegates.remove')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.network.id}>
                  <Table.Th scope="row" fw={600}>
                    <Anchor component={Link} to={routes.network({ slug: row.network.slug })} underline="always">
                      {row.network.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t('gatherings.delegates.filled', { count: row.delegates.length, places: row.places })}</Table.Td>
                  <Table.Td>{row.delegates.join(', ') || '—'}</Table.Td>
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      variant="outline"
                      // red-9: the default shade falls below 4.5:1 on the striped rows.
                      color="red.9"
                      aria-label={t('gatherings.delegates.removeFor', { network: row.network.name })}
                      title={t('gatherings.delegates.removeTitle', { network: row.network.name })}
                      body={t('gatherings.delegates.removeBody')}
                      confirmLabel={t('gatherings.delegates.remove')}
                      onConfirm={() => void save(row.network.id, 0, t('gatherings.delegates.removed', { network: row.network.name }))}
                    >
                      {t('gatherings.delegates.remove')}
                    </ConfirmButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="delegates-form-heading">
        <Stack gap="sm" align="flex-start">
          <Title order={3} id="delegates-form-heading" fz="h4">
            {t('gatherings.delegates.formTitle')}
          </Title>
          <NetworkPicker id="delegates" value={networkId} onChange={setNetworkId} excludeId="" error={pickError} />
          <NumberInput
            label={t('gatherings.delegates.placesLabel')}
            description={t('gatherings.delegates.placesHint')}
            name="places"
            min={0}
            max={MAX_DELEGATE_PLACES}
            allowDecimal={false}
            allowNegative={false}
            value={places}
            onChange={setPlaces}
          />
          <Button type="submit" loading={action.pending === 'set'}>
            {t('gatherings.delegates.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
