import { useQuery } from '@apollo/client/react';
import { Anchor, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyCoConveningInvitationsQuery as MyCoConveningInvitationsResult } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { MyCoConveningInvitationsQuery } from '../graphql/my-co-convening-invitations.query';
import { describeWhen } from '../utils/gathering-when';
import { browserTimeZone } from '../utils/zoned-time';
import { routes } from '../../../app/routes';

type Invitation = MyCoConveningInvitationsResult['myCoConveningInvitations'][number];

function Item({ invitation: { gathering, network } }: { invitation: Invitation }) {
  const { t, i18n } = useTranslation('gatherings');
  const when = describeWhen(gathering, browserTimeZone(), i18n.resolvedLanguage ?? 'en');
  return (
    <List.Item>
      <Anchor component={Link} to={routes.gathering({ slug: gathering.slug, coconvene: network.id })} underline="always" fw={600}>
        {gathering.title}
      </Anchor>
      <Text size="sm">
        {when.date} · {t('gatherings.when.inZone', { times: when.times, place: when.place })}
      </Text>
      <Text size="sm">{t('gatherings.mine.coConveningNetwork', { network: network.name })}</Text>
    </List.Item>
  );
}

/**
 * Invitations to co-convene waiting for the viewer's networks, each linking to where they answer.
 * Nothing shows while loading or when there are none, so the page below does not jump for most people.
 */
export function MyCoConveningInvitations() {
  const { t } = useTranslation('gatherings');
  const { data, loading, error, refetch } = useQuery(MyCoConveningInvitationsQuery, { fetchPolicy: 'cache-and-network' });
  const invitations = data?.myCoConveningInvitations ?? [];

  if (loading && !data) {
    return <VisuallyHidden role="status">{t('status.loading')}</VisuallyHidden>;
  }
  if (!(error && !data) && invitations.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="co-convening-heading">
      <Title order={2} id="co-convening-heading">
        {t('gatherings.mine.coConveningTitle')}
      </Title>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Text>{t('gatherings.mine.coConveningIntro')}</Text>
          <List spacing="sm" listStyleType="none" data-testid="co-convening-invitations">
            {invitations.map((invitation) => (
              <Item key={`${invitation.gathering.id}:${invitation.network.id}`} invitation={invitation} />
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
