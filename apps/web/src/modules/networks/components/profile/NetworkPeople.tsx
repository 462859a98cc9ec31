import { useQuery } from '@apollo/client/react';
import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkQuery, RoleHolderFieldsFragment } from '../../../../gql/graphql';
import { ErrorState } from '../../../../ui/ErrorState';
import { LoadingState } from '../../../../ui/LoadingState';
import { NetworkPeopleHistoryQuery } from '../../graphql/network-people-history.query';
import { formatDate } from '../../../../ui/dates';
import { roleLabel } from '../../utils/network-enums';

type Network = NetworkQuery['network'];

function RoleHolder({ holder }: { holder: RoleHolderFieldsFragment }) {
  const { t, i18n } = useTranslation('networks');
  const since = formatDate(holder.since, i18n.language);
  return (
    <List.Item>
      <Text span fw={700}>
        {holder.person.displayName}
      </Text>
      {holder.person.pronouns && <Text span c="dimmed">{` (${holder.person.pronouns})`}</Text>}
      {': '}
      {roleLabel(t, holder.role)}{' '}
      <Text span size="sm" c="dimmed">
        {holder.until
          ? t('networks.people.between', { since, until: formatDate(holder.until, i18n.language) })
          : t('networks.people.since', { since })}
      </Text>
    </List.Item>
  );
}

function PeopleHistory({ slug }: { slug: string }) {
  const { t } = useTranslation('networks');
  const { data, loading, error, refetch } = useQuery(NetworkPeopleHistoryQuery, { variables: { slug } });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  const past = (data?.network.people ?? []).filter((holder) => holder.until);
  if (past.length === 0) return <Text c="dimmed">{t('networks.people.noHistory')}</Text>;
  return (
    <List spacing="xs" data-testid="people-history">
      {past.map((holder) => (
        <RoleHolder key={`${holder.person.id}-${holder.role}-${holder.since}`} holder={holder} />
      ))}
    </List>
  );
}

/** Who holds which role; people in the network can also see past roles. */
export function NetworkPeople({ network }: { network: Network }) {
  const { t } = useTranslation('networks');
  const [showHistory, setShowHistory] = useState(false);
  const canSeeHistory = network.viewerRoles.length > 0;
  return (
    <Stack gap="xs" component="section" aria-labelledby="people-heading">
      <Title order={2} id="people-heading">
        {t('networks.people.title')}
      </Title>
      {network.people.length === 0 ? (
        <Text c="dimmed">{t('networks.people.none')}</Text>
      ) : (
        <List spacing="xs" data-testid="people">
          {network.people.map((holder) => (
            <RoleHolder key={`${holder.person.id}-${holder.role}`} holder={holder} />
          ))}
        </List>
      )}
      {canSeeHistory && (
        <>
          <Button
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            aria-expanded={showHistory}
            aria-controls="people-history"
            onClick={() => setShowHistory((shown) => !shown)}
          >
            {showHistory ? t('networks.people.hideHistory') : t('networks.people.showHistory')}
          </Button>
          <div id="people-history">
            {showHistory && (
              <Stack gap="xs">
                <Title order={3} fz="h4">
                  {t('networks.people.historyTitle')}
                </Title>
                <PeopleHistory slug={network.slug} />
              </Stack>
            )}
          </div>
        </>
      )}
    </Stack>
  );
}
