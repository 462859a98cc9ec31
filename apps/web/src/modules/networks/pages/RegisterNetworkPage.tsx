import { useMutation } from '@apollo/client/react';
import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { NetworkForm } from '../components/NetworkForm';
import { RegisterNetworkMutation } from '../graphql/register-network.mutation';
import { emptyNetworkForm, formValuesToInput, type NetworkFormValues } from '../utils/network-form-values';
import { routes } from '../../../app/routes';

export function RegisterNetworkPage() {
  const { t } = useTranslation('networks');
  usePageTitle(t('networks.register.title'));
  const navigate = useNavigate();
  const { person, loading } = useCurrentPerson();
  // The directory is cache-and-network, so it picks the new network up on the next visit.
  const [registerNetwork] = useMutation(RegisterNetworkMutation);

  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.registerNetwork() })} replace />;

  const save = async (values: NetworkFormValues) => {
    const { data } = await registerNetwork({ variables: { input: formValuesToInput(values) } });
    if (data) void navigate(routes.network({ slug: data.registerNetwork.slug }));
  };

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('networks.register.title')}</Title>
          <Text mt="xs">{t('networks.register.intro')}</Text>
        </div>
        {loading ? (
          <LoadingState />
        ) : (
          <NetworkForm initialValues={emptyNetworkForm()} submitLabel={t('networks.register.submit')} onSave={save} />
        )}
      </Stack>
    </Container>
  );
}
