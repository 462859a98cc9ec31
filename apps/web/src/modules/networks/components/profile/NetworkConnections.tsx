import type { TFunction } from 'i18next';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkQuery } from '../../../../gql/graphql';
import { kindLabel, tieTypeLabel } from '../../utils/network-enums';
import { routes } from '../../../../app/routes';

type Network = NetworkQuery['network'];

function depthText(t: TFunction<'networks'>, depth: number): string {
  if (depth <= 1) return t('networks.profile.depthDirect');
  if (depth === 2) return t('networks.profile.depthThroughOne');
  return t('networks.profile.depthThroughMany', { steps: depth - 1 });
}

/** The networks that belong to this one, and the coalitions it belongs to. */
export function NetworkConnections({ network }: { network: Network }) {
  const { t } = useTranslation('networks');
  return (
    <>
      <Stack gap="xs" component="section" aria-labelledby="member-networks-heading">
        <Title order={2} id="member-networks-heading">
          {t('networks.profile.memberNetworks')}
        </Title>
        {network.memberNetworks.length === 0 ? (
          <Text c="dimmed">{t('networks.profile.noMemberNetworks')}</Text>
        ) : (
          <List spacing="xs" data-testid="member-networks">
            {network.memberNetworks.map((tie) => (
              <List.Item key={tie.id}>
                <Anchor component={Link} to={routes.network({ slug: tie.member.slug })} underline="always">
                  {tie.member.name}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {t('networks.profile.tieSummary', { kind: kindLabel(t, tie.member.kind), tieType: tieTypeLabel(t, tie.tieType) })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="coalitions-heading">
        <Title order={2} id="coalitions-heading">
          {t('networks.profile.coalitions')}
        </Title>
        {network.coalitions.length === 0 ? (
          <Text c="dimmed">{t('networks.profile.noCoalitions')}</Text>
        ) : (
          <List spacing="xs" data-testid="coalitions">
            {network.coalitions.map((coalition) => (
              <List.Item key={coalition.network.id}>
                <Anchor component={Link} to={routes.network({ slug: coalition.network.slug })} underline="always">
                  {coalition.network.name}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {depthText(t, coalition.depth)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </>
  );
}
