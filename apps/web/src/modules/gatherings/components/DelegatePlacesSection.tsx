import { useMutation, useQuery } from '@apollo/client/react';
import { Button, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { NetworkPicker } from '../../networks/components/manage/NetworkPicker';
import { DelegatePlacesQuery } from '../graphql/delegate-places.query';
import { SetDelegatePlacesMutation } from '../graphql/set-delegate-places.mutation';

/** Conveners give networks places for delegates, and see who fills them. */
export function DelegatePlacesSection({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation();
  const [networkId, setNetworkId] = useState('');
  const [places, setPlaces] = useState<number | string>(1);
  const [networkError, setNetworkError] = useState<string>();
  const action = useActionStatus();
  const { data, loading, error, refetch } = useQuery(DelegatePlacesQuery, {
    variables: { gatheringId },
    fetchPolicy: 'cache-and-network',
  });
  const [setDelegatePlaces] = useMutation(SetDelegatePlacesMutation, {
    // The answer is the whole list, so it replaces what the section shows.
    update(cache, { data: result }) {
      if (result)
        cache.writeQuery({ query: DelegatePlacesQuery, variables: { gatheringId }, data: { delegatePlaces: result.setDelegatePlaces } });
    },
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (networkId === '') return setNetworkError(t('gatherings.delegates.chooseNetwork'));
    setNetworkError(undefined);
    const count = typeof places === 'number' ? places : 0;
    const done = await action.run(
      'set',
      () => setDelegatePlaces({ variables: { input: { gatheringId, networkId, places: count } } }),
      t('gatherings.delegates.saved'),
    );
    if (done) setNetworkId('');
  };

  const rows = data?.delegatePlaces ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="delegates-heading" data-testid="delegates-section">
      <Title order={2} id="delegates-heading">
        {t('gatherings.delegates.title')}
      </Title>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data &&
        (rows.length === 0 ? (
          <Text data-testid="no-delegate-places">{t('gatherings.delegates.empty')}</Text>
        ) : (
          <List spacing="xs" data-testid="delegate-places">
            {rows.map((row) => (
              <List.Item key={row.network.id}>
                <Text span fw={600}>
                  {row.network.name}
                </Text>{' '}
                {t('gatherings.delegates.filled', { count: row.places, filled: row.delegates.length })}
                {row.delegates.length > 0 && ` — ${row.delegates.join(', ')}`}
              </List.Item>
            ))}
          </List>
        ))}
      <ActionStatusAlert status={action.status} />
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="delegates-form-heading">
        <Stack gap="sm" align="flex-start">
          <Title order={3} id="delegates-form-heading">
            {t('gatherings.delegates.formTitle')}
          </Title>
          <NetworkPicker id="delegates" value={networkId} onChange={setNetworkId} excludeId="" error={networkError} />
          <NumberInput
            label={t('gatherings.delegates.places')}
            description={t('gatherings.delegates.placesHint')}
            min={0}
            max={100}
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
