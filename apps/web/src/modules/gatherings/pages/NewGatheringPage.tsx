import { useMutation, useQuery } from '@apollo/client/react';
import { Container, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { GatheringForm, type ConveningOption } from '../components/GatheringForm';
import { CreateGatheringMutation } from '../graphql/create-gathering.mutation';
import { MyNetworksQuery } from '../graphql/my-networks.query';
import { emptyGatheringForm, formValuesToCreateInput, type GatheringFormValues } from '../utils/gathering-form-values';
import { routes } from '../../../app/routes';

export function NewGatheringPage() {
  const { t } = useTranslation('gatherings');
  usePageTitle(t('gatherings.create.title'));
  const navigate = useNavigate();
  const { person, loading } = useCurrentPerson();
  const networks = useQuery(MyNetworksQuery, { skip: !person, fetchPolicy: 'cache-and-network' });
  const [createGathering] = useMutation(CreateGatheringMutation);
  const options = useMemo<ConveningOption[]>(
    () =>
      (networks.data?.myNetworks ?? [])
        .filter((network) => network.viewerRoles.some((role) => role === 'FACILITATOR' || role === 'CONVENER'))
        .map(({ id, name }) => ({ id, name })),
    [networks.data],
  );

  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.newGathering() })} replace />;

  const save = async (values: GatheringFormValues) => {
    const { data } = await createGathering({ variables: { input: formValuesToCreateInput(values) } });
    if (data) void navigate(routes.gathering({ slug: data.createGathering.slug }));
  };

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('gatherings.create.title')}</Title>
          <Text mt="xs">{t('gatherings.create.intro')}</Text>
        </div>
        {(loading || (networks.loading && !networks.data)) && <LoadingState />}
        {networks.error && !networks.data && <ErrorState onRetry={() => void networks.refetch()} />}
        {networks.data && (
          <GatheringForm
            // One network: chosen already, since there is nothing to decide.
            initialValues={emptyGatheringForm(options.length === 1 ? [options[0].id] : [])}
            conveningOptions={options}
            submitLabel={t('gatherings.create.submit')}
            onSave={save}
          />
        )}
      </Stack>
    </Container>
  );
}
