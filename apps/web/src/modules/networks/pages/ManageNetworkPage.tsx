import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import type { NetworkFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts/hooks/use-current-person';
import { signInPathFor } from '../../accounts/utils/safe-next-path';
import { NetworkForm } from '../components/NetworkForm';
import { NetworkNotFound } from '../components/NetworkNotFound';
import { NetworkQuery } from '../graphql/network.query';
import { UpdateNetworkMutation } from '../graphql/update-network.mutation';
import { formValuesToInput, networkToFormValues, type NetworkFormValues } from '../utils/network-form-values';

function ManageNetwork({ network }: { network: NetworkFieldsFragment }) {
  const { t } = useTranslation();
  const [updateNetwork] = useMutation(UpdateNetworkMutation);
  const profilePath = `/networks/${network.slug}`;

  const save = async (values: NetworkFormValues) => {
    await updateNetwork({ variables: { input: { networkId: network.id, ...formValuesToInput(values) } } });
  };

  if (!network.viewerRoles.includes('FACILITATOR')) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('networks.manage.forbiddenTitle')}</Title>
        <Text>{t('networks.manage.forbiddenBody')}</Text>
        <Anchor component={Link} to={profilePath} underline="always">
          {t('networks.manage.viewProfile')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('networks.manage.title', { name: network.name })}</Title>
        <Anchor component={Link} to={profilePath} underline="always">
          {t('networks.manage.viewProfile')}
        </Anchor>
      </div>
      <NetworkForm
        // Keyed by id: a different network starts a fresh form.
        key={network.id}
        initialValues={networkToFormValues(network)}
        submitLabel={t('networks.manage.submit')}
        savedMessage={t('networks.manage.saved')}
        onSave={save}
      />
    </Stack>
  );
}

export function ManageNetworkPage() {
  const { t } = useTranslation();
  usePageTitle(t('networks.manage.pageTitle'));
  const { slug = '' } = useParams();
  const { person, loading: personLoading } = useCurrentPerson();
  const { data, loading, error, refetch } = useQuery(NetworkQuery, { variables: { slug }, skip: !person });

  if (!personLoading && !person) return <Navigate to={signInPathFor(`/networks/${slug}/manage`)} replace />;
  if (graphQLErrorCode(error) === 'NOT_FOUND') return <NetworkNotFound />;

  return (
    <Container size="sm" py="xl">
      {(personLoading || (loading && !data)) && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data && <ManageNetwork network={data.network} />}
    </Container>
  );
}
