import { useMutation, useQuery } from '@apollo/client/react';
import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { NetworkPicker } from '../../networks/components/manage/NetworkPicker';
import { InviteCoConvenerMutation } from '../graphql/invite-co-convener.mutation';
import { PendingCoConvenersQuery } from '../graphql/pending-co-conveners.query';

/** Conveners invite another network to co-convene, and see who has not answered yet. */
export function CoConvenersSection({ gatheringId, slug }: { gatheringId: string; slug: string }) {
  const { t } = useTranslation();
  const [networkId, setNetworkId] = useState('');
  const [networkError, setNetworkError] = useState<string>();
  const action = useActionStatus();
  const { data, loading, error, refetch } = useQuery(PendingCoConvenersQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const [invite] = useMutation(InviteCoConvenerMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (networkId === '') return setNetworkError(t('gatherings.coConvene.chooseNetwork'));
    setNetworkError(undefined);
    const done = await action.run(
      'invite',
      () => invite({ variables: { input: { gatheringId, networkId } } }),
      t('gatherings.coConvene.sent'),
    );
    if (done) setNetworkId('');
  };

  const pending = data?.gathering.pendingCoConveners ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="co-convene-heading" data-testid="co-convene-section">
      <Title order={2} id="co-convene-heading">
        {t('gatherings.coConvene.title')}
      </Title>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data &&
        (pending.length === 0 ? (
          <Text data-testid="no-pending-co-conveners">{t('gatherings.coConvene.none')}</Text>
        ) : (
          <div>
            <Text>{t('gatherings.coConvene.pending')}</Text>
            <List spacing="xs" data-testid="pending-co-conveners">
              {pending.map((network) => (
                <List.Item key={network.id}>{network.name}</List.Item>
              ))}
            </List>
          </div>
        ))}
      <ActionStatusAlert status={action.status} />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm" align="flex-start">
          <NetworkPicker id="co-convene" value={networkId} onChange={setNetworkId} excludeId="" error={networkError} />
          <Button type="submit" loading={action.pending === 'invite'}>
            {t('gatherings.coConvene.invite')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
