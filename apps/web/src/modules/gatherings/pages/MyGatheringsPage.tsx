import { useQuery } from '@apollo/client/react';
import { Anchor, Container, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { MyGatheringsQuery as MyGatheringsResult } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { CalendarFeed } from '../components/CalendarFeed';
import { MyCoConveningInvitations } from '../components/MyCoConveningInvitations';
import { MyGatheringsQuery } from '../graphql/my-gatherings.query';
import { gatheringStatusLabel, registrationStatusLabel } from '../utils/gathering-enums';
import { describeWhen } from '../utils/gathering-when';
import { browserTimeZone } from '../utils/zoned-time';
import { routes } from '../../../app/routes';

type MyGathering = MyGatheringsResult['myGatherings'][number];

function Item({ gathering }: { gathering: MyGathering }) {
  const { t, i18n } = useTranslation('gatherings');
  const when = describeWhen(gathering, browserTimeZone(), i18n.resolvedLanguage ?? 'en');
  const registration = gathering.viewerRegistration;
  const mine = [
    gathering.viewerIsConvener ? t('gatherings.mine.convening') : undefined,
    registration ? registrationStatusLabel(t, registration.status) : undefined,
    registration?.waitlistPosition ? t('gatherings.mine.waitlistNumber', { position: registration.waitlistPosition }) : undefined,
  ].filter(Boolean);
  return (
    <List.Item>
      <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always" fw={600}>
        {gathering.title}
      </Anchor>
      <Text size="sm">
        {when.date} · {t('gatherings.when.inZone', { times: when.times, place: when.place })}
      </Text>
      <Text size="sm">{t('gatherings.mine.status', { status: gatheringStatusLabel(t, gathering.status), mine: mine.join(', ') })}</Text>
    </List.Item>
  );
}

function GatheringList({ past }: { past: boolean }) {
  const { t } = useTranslation('gatherings');
  const id = past ? 'past-heading' : 'upcoming-heading';
  const { data, loading, error, refetch } = useQuery(MyGatheringsQuery, { variables: { past }, fetchPolicy: 'cache-and-network' });
  const gatherings = data?.myGatherings ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} id={id}>
        {past ? t('gatherings.mine.past') : t('gatherings.mine.upcoming')}
      </Title>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {data &&
        (gatherings.length === 0 ? (
          <Text>{past ? t('gatherings.mine.noPast') : t('gatherings.mine.noUpcoming')}</Text>
        ) : (
          <List spacing="sm" listStyleType="none" data-testid={past ? 'past-gatherings' : 'upcoming-gatherings'}>
            {gatherings.map((gathering) => (
              <Item key={gathering.id} gathering={gathering} />
            ))}
          </List>
        ))}
    </Stack>
  );
}

/** The gatherings you convene or are coming to, invitations to co-convene waiting for you, and a calendar feed. */
export function MyGatheringsPage() {
  const { t } = useTranslation('gatherings');
  usePageTitle(t('gatherings.mine.title'));
  const { person, loading } = useCurrentPerson();

  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.myGatherings() })} replace />;
  return (
    <Container size="md" py="xl">
      {loading ? (
        <LoadingState />
      ) : (
        <Stack gap="xl">
          <Title order={1}>{t('gatherings.mine.title')}</Title>
          <MyCoConveningInvitations />
          <GatheringList past={false} />
          <GatheringList past />
          <CalendarFeed />
        </Stack>
      )}
    </Container>
  );
}
