import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkFieldsFragment } from '../../../gql/graphql';
import { scopeLabel, sectorLabel } from '../utils/network-enums';
import { placeText } from '../utils/place-text';
import { formatNumber } from '../../../ui/dates';
import { ThemeList } from './ThemeList';

interface NetworkDetailsProps {
  network: NetworkFieldsFragment;
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** The facts about a network, as a description list. */
export function NetworkDetails({ network }: NetworkDetailsProps) {
  const { t, i18n } = useTranslation('networks');
  const notGiven = t('networks.profile.notGiven');
  const place = placeText(network.area, t);
  return (
    <Stack gap="md" component="section" aria-labelledby="details-heading">
      <Title order={2} id="details-heading">
        {t('networks.profile.details')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
        <Detail term={t('networks.profile.area')}>{place || notGiven}</Detail>
        <Detail term={t('networks.profile.scope')}>{scopeLabel(t, network.scope)}</Detail>
        <Detail term={t('networks.profile.members')}>
          {t('networks.memberCount', { count: network.memberCount, total: formatNumber(network.memberCount, i18n.language) })}
        </Detail>
        <Detail term={t('networks.profile.sectors')}>
          {network.sectors.length > 0 ? network.sectors.map((sector) => sectorLabel(t, sector)).join(', ') : notGiven}
        </Detail>
        <Detail term={t('networks.profile.website')}>
          {network.website ? (
            <Anchor href={network.website} target="_blank" rel="noopener noreferrer" underline="always">
              {network.website} {t('networks.profile.websiteOpens')}
            </Anchor>
          ) : (
            notGiven
          )}
        </Detail>
        <Detail term={t('networks.profile.contact')}>{network.contact || notGiven}</Detail>
      </SimpleGrid>
      {network.themes.length > 0 && (
        <div>
          <Title order={3} fz="h4" mb="xs">
            {t('networks.profile.themes')}
          </Title>
          <ThemeList themes={network.themes} label={t('networks.profile.themes')} />
        </div>
      )}
    </Stack>
  );
}
