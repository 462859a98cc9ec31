import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Container, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringFieldsFragment, RegistrationStatus } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { CheckInList } from '../components/CheckInList';
import { CoConvenersSection } from '../components/CoConvenersSection';
import { FollowUpLinks } from '../components/FollowUpLinks';
import { DelegatePlacesSection } from '../components/DelegatePlacesSection';
import { GatheringGate } from '../components/GatheringGate';
import { InvitationsSection } from '../components/InvitationsSection';
import { InviteByEmail } from '../components/InviteByEmail';
import { RegistrationDecision } from '../components/RegistrationDecision';
import { WhosMissing } from '../components/WhosMissing';
import { GatheringRegistrationsQuery } from '../graphql/gathering-registrations.query';
import { REGISTRATION_STATUSES, registrationStatusLabel } from '../utils/gathering-enums';
import { routes } from '../../../app/routes';

type Filter = RegistrationStatus | 'ALL';
const isFilter = (value: string): value is Filter => value === 'ALL' || REGISTRATION_STATUSES.some((status) => status === value);

function Count({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="sm">{label}</Text>
      <Text fw={800} fz="xl">
        {value}
      </Text>
    </Paper>
  );
}

function Dashboard({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('gatherings');
  const [filter, setFilter] = useState<Filter>('ALL');
  const decision = useActionStatus();
  const { data, loading, error, refetch } = useQuery(GatheringRegistrationsQuery, {
    variables: { gatheringId: gathering.id },
    fetchPolicy: 'cache-and-network',
  });

  const registrations = data?.gatheringRegistrations ?? [];
  const count = (status: RegistrationStatus) => registrations.filter((registration) => registration.status === status).length;
  const shown = registrations.filter((registration) => filter === 'ALL' || registration.status === filter);
  // ATTENDED is a place with a check-in: both hold a place.
  const registered = count('REGISTERED') + count('ATTENDED');

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('gatherings.dashboard.title', { title: gathering.title })}</Title>
        <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always">
          {t('gatherings.dashboard.back')}
        </Anchor>
      </div>
      <Paper withBorder p="md" component="section" aria-labelledby="plan-follow-up-heading">
        <Stack gap="xs">
          <Title order={2} id="plan-follow-up-heading" fz="h3">
            {t('gatherings.followUp.sectionTitle')}
          </Title>
          <Text size="sm">{t('gatherings.followUp.sectionHint')}</Text>
          <Group gap="sm">
            <Button component={Link} to={routes.planFollowUp({ slug: gathering.slug })}>
              {t('gatherings.followUp.plan')}
            </Button>
          </Group>
          <FollowUpLinks followsUp={gathering.followsUp ?? null} followedUpBy={gathering.followedUpBy} withHeading={false} />
        </Stack>
      </Paper>
      <Anchor component={Link} to={routes.gatheringHarvest({ slug: gathering.slug })} underline="always" data-testid="harvest-link">
        {t('gatherings.dashboard.harvest')}
      </Anchor>
      <Anchor component={Link} to={routes.feedbackResults({ slug: gathering.slug })} underline="always" data-testid="feedback-link">
        {t('gatherings.dashboard.feedback')}
      </Anchor>
      <Anchor component={Link} to={routes.gatheringImpact({ slug: gathering.slug })} underline="always" data-testid="impact-link">
        {t('links.impact')}
      </Anchor>
      <Anchor
        href={`/api/gatherings/${encodeURIComponent(gathering.id)}/registrations.csv`}
        download
        underline="always"
        data-testid="registrations-csv"
      >
        {t('gatherings.dashboard.downloadCsv')}
      </Anchor>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" component="section" aria-label={t('gatherings.dashboard.countsLabel')}>
            <Count
              testId="count-registered"
              label={t('gatherings.dashboard.registered')}
              value={
                gathering.capacity === null
                  ? t('gatherings.dashboard.registeredUnlimited', { count: registered })
                  : t('gatherings.dashboard.registeredOf', { count: registered, capacity: gathering.capacity })
              }
            />
            <Count testId="count-waitlisted" label={t('gatherings.dashboard.waiting')} value={String(count('WAITLISTED'))} />
            <Count testId="count-pending" label={t('gatherings.dashboard.pending')} value={String(count('PENDING_APPROVAL'))} />
          </SimpleGrid>
          <Stack gap="sm" component="section" aria-labelledby="registrations-heading">
            <Group justify="space-between" align="flex-end" wrap="wrap">
              <Title order={2} id="registrations-heading">
                {t('gatherings.dashboard.registrationsTitle')}
              </Title>
              <NativeSelect
                label={t('gatherings.dashboard.filter')}
                value={filter}
                onChange={(event) => {
                  if (isFilter(event.currentTarget.value)) setFilter(event.currentTarget.value);
                }}
              >
                <option value="ALL">{t('gatherings.dashboard.all')}</option>
                {REGISTRATION_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {registrationStatusLabel(t, status)}
                  </option>
                ))}
              </NativeSelect>
            </Group>
            <ActionStatusAlert status={decision.status} />
            <Text role="status" size="sm">
              {t('gatherings.dashboard.showing', { count: shown.length })}
            </Text>
            {registrations.length === 0 ? (
              <Text data-testid="no-registrations">{t('gatherings.dashboard.empty')}</Text>
            ) : shown.length === 0 ? (
              <Text data-testid="no-registrations">{t('gatherings.dashboard.emptyFilter')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table striped withTableBorder data-testid="registrations">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('gatherings.dashboard.name')}</Table.Th>
                      <Table.Th scope="col">{t('gatherings.dashboard.status')}</Table.Th>
                      <Table.Th scope="col">{t('gatherings.dashboard.waitlistNumber')}</Table.Th>
                      <Table.Th scope="col">{t('gatherings.dashboard.networks')}</Table.Th>
                      <Table.Th scope="col">{t('gatherings.dashboard.accessNeeds')}</Table.Th>
                      <Table.Th scope="col">{t('gatherings.dashboard.decision')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((registration) => {
                      const known = registration.representingNetworks.map((network) => network.name);
                      // Members-only networks the convener is not in: counted, never named.
                      const unknown = registration.membersOnlyNetworkCount;
                      return (
                        <Table.Tr key={registration.id}>
                          <Table.Th scope="row" fw={600}>
                            {registration.personName}
                          </Table.Th>
                          <Table.Td>{registrationStatusLabel(t, registration.status)}</Table.Td>
                          <Table.Td>{registration.waitlistPosition ?? '—'}</Table.Td>
                          <Table.Td>
                            {[...known, ...(unknown > 0 ? [t('gatherings.dashboard.membersOnlyNetworks', { count: unknown })] : [])].join(
                              ', ',
                            ) || '—'}
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: 'pre-line' }}>
                            {registration.accessNeeds ?? (
                              <Text span size="sm">
                                {t('gatherings.dashboard.notShared')}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {registration.status === 'PENDING_APPROVAL' ? (
                              <RegistrationDecision gatheringId={gathering.id} registration={registration} action={decision} />
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
          <CheckInList gathering={gathering} registrations={registrations} />
          <InvitationsSection gatheringId={gathering.id} />
          <InviteByEmail gatheringId={gathering.id} />
          <WhosMissing gatheringId={gathering.id} />
          <DelegatePlacesSection gatheringId={gathering.id} />
          <CoConvenersSection gatheringId={gathering.id} slug={gathering.slug} />
        </>
      )}
    </Stack>
  );
}

export function GatheringDashboardPage() {
  const { t } = useTranslation('gatherings');
  usePageTitle(t('gatherings.dashboard.pageTitle'));
  return (
    <Container size="lg" py="xl">
      <GatheringGate signedIn>
        {({ gathering }) =>
          gathering.viewerIsConvener ? (
            <Dashboard gathering={gathering} />
          ) : (
            <Stack gap="md">
              <Title order={1}>{t('gatherings.dashboard.forbiddenTitle')}</Title>
              <Text>{t('gatherings.dashboard.forbiddenBody')}</Text>
              <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always">
                {t('gatherings.dashboard.back')}
              </Anchor>
            </Stack>
          )
        }
      </GatheringGate>
    </Container>
  );
}
