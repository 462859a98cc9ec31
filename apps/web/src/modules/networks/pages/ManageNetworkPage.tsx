import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Container, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { ImportSection } from '../components/manage/ImportSection';
import { LifecycleSection } from '../components/manage/LifecycleSection';
import type { ManagedNetwork } from '../components/manage/manage-network.types';
import { PeopleSection } from '../components/manage/PeopleSection';
import { TiesSection } from '../components/manage/TiesSection';
import { NetworkForm } from '../components/NetworkForm';
import { NetworkNotFound } from '../components/NetworkNotFound';
import { NetworkManageQuery } from '../graphql/network-manage.query';
import { UpdateNetworkMutation } from '../graphql/update-network.mutation';
import { formValuesToInput, networkToFormValues, type NetworkFormValues } from '../utils/network-form-values';
import { routes } from '../../../app/routes';

const SECTIONS = ['details', 'people', 'ties', 'import', 'lifecycle'] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (value: string | null): value is Section => SECTIONS.some((section) => section === value);

function ManageNetwork({ network, personId }: { network: ManagedNetwork; personId: string }) {
  const { t } = useTranslation('networks');
  const [updateNetwork] = useMutation(UpdateNetworkMutation);
  // The open section is in the URL (?section=ties), so it survives a reload and can be linked to.
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('section');
  const section: Section = isSection(requested) ? requested : 'details';
  const profilePath = routes.network({ slug: network.slug });

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
        <Group gap="md">
          <Anchor component={Link} to={profilePath} underline="always">
            {t('networks.manage.viewProfile')}
          </Anchor>
          <Anchor
            component={Link}
            to={
              network.kind === 'COALITION' ? routes.coalitionImpact({ slug: network.slug }) : routes.networkImpact({ slug: network.slug })
            }
            underline="always"
            data-testid="impact-link"
          >
            {t('links.publishImpact')}
          </Anchor>
        </Group>
      </div>
      <Tabs
        value={section}
        onChange={(value) => {
          if (isSection(value)) setSearchParams(value === 'details' ? {} : { section: value }, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('networks.manage.sectionsLabel')}>
          {SECTIONS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`networks.manage.sections.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="details" pt="lg">
          <NetworkForm
            // Keyed by id: a different network starts a fresh form.
            key={network.id}
            initialValues={networkToFormValues(network)}
            submitLabel={t('networks.manage.submit')}
            savedMessage={t('networks.manage.saved')}
            onSave={save}
          />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="lg">
          <PeopleSection network={network} personId={personId} />
        </Tabs.Panel>
        <Tabs.Panel value="ties" pt="lg">
          <TiesSection network={network} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="lg">
          <ImportSection network={network} />
        </Tabs.Panel>
        <Tabs.Panel value="lifecycle" pt="lg">
          <LifecycleSection network={network} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export function ManageNetworkPage() {
  const { t } = useTranslation('networks');
  usePageTitle(t('networks.manage.pageTitle'));
  const { slug = '' } = useParams();
  const { person, loading: personLoading } = useCurrentPerson();
  const { data, loading, error, refetch } = useQuery(NetworkManageQuery, { variables: { slug }, skip: !person });

  if (!personLoading && !person) return <Navigate to={routes.signIn({ next: routes.manageNetwork({ slug }) })} replace />;
  if (graphQLErrorCode(error) === 'NOT_FOUND') return <NetworkNotFound />;

  return (
    <Container size="md" py="xl">
      {(personLoading || (loading && !data)) && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data && person && <ManageNetwork network={data.network} personId={person.id} />}
    </Container>
  );
}
