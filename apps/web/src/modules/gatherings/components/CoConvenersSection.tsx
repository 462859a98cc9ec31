import { useMutation, useQuery } from '@apollo/client/react';
import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { CopyableLink } from '../../../ui/CopyableLink';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { NetworkPicker } from '../../networks';
import { CoConvenersQuery } from '../graphql/co-conveners.query';
import { InviteCoConvenerMutation } from '../graphql/invite-co-convener.mutation';
import { routes } from '../../../app/routes';

/** Conveners ask other networks to co-convene, and see who has not answered (with a link to send them). */
export function CoConvenersSection({ gatheringId, slug }: { gatheringId: string; slug: string }) {
  const { t } = useTranslation('gatherings');
  const action = useActionStatus();
  const [networkId, setNetworkId] = useState('');
  const [pickError, setPickError] = useState<string>();
  const { data, loading, error, refetch } = useQuery(CoConvenersQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  // The answer carries the gathering's id and pending list: the cache updates this section.
  const [invite] = useMutation(InviteCoConvenerMutation);
  const pending = data?.gathering.pendingCoConveners ?? [];

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!networkId) return setPickError(t('gatherings.coConvening.chooseNetwork'));
    setPickError(undefined);
    const done = await action.run(
      'invite',
      () => invite({ variables: { input: { gatheringId, networkId } } }),
      t('gatherings.coConvening.invited'),
    );
    if (done) setNetworkId('');
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="co-conveners-heading" data-testid="co-conveners">
      <Title order={2} id="co-conveners-heading">
        {t('gatherings.coConvening.title')}
      </Title>
      <Text>{t('gatherings.coConvening.intro')}</Text>
      <ActionStatusAlert status={action.status} />
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <Text data-testid="convening-networks">
            {t('gatherings.coConvening.convening', { names: data.gathering.convenedBy.map((network) => network.name).join(', ') })}
          </Text>
          {pending.length === 0 ? (
            <Text data-testid="no-pending-co-conveners">{t('gatherings.coConvening.nonePending')}</Text>
          ) : (
            <Stack gap={4}>
              <Title order={3} id="pending-co-conveners-heading" fz="h4">
                {t('gatherings.coConvening.pendingTitle')}
              </Title>
              <Text size="sm">{t('gatherings.coConvening.pendingHint')}</Text>
              <List spacing="sm" listStyleType="none" aria-labelledby="pending-co-conveners-heading" data-testid="pending-co-conveners">
                {pending.map((network) => (
                  <List.Item key={network.id}>
                    <CopyableLink
                      label={t('gatherings.coConvening.linkFor', { network: network.name })}
                      value={`${window.location.origin}${routes.gathering({ slug, coconvene: network.id })}`}
                    />
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="co-convene-form-heading">
        <Stack gap="sm" align="flex-start">
          <Title order={3} id="co-convene-form-heading" fz="h4">
            {t('gatherings.coConvening.formTitle')}
          </Title>
          <NetworkPicker id="co-convene" value={networkId} onChange={setNetworkId} excludeId="" error={pickError} />
          <Button type="submit" loading={action.pending === 'invite'}>
            {t('gatherings.coConvening.invite')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
