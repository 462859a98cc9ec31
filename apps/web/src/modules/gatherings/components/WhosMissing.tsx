import { useQuery } from '@apollo/client/react';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { regionLabel, sectorLabel } from '../../networks';
import { WhosMissingQuery } from '../graphql/whos-missing.query';
import { routes } from '../../../app/routes';

function MissingList({ id, title, empty, items }: { id: string; title: string; empty: string; items: React.ReactNode[] }) {
  return (
    <Stack gap={4}>
      <Title order={3} id={id} fz="h4">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <List spacing={4} aria-labelledby={id}>
          {items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** Who is not in the room yet, so conveners know whom to reach out to. */
export function WhosMissing({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('gatherings');
  const { t: networksT } = useTranslation('networks');
  const { data, loading, error, refetch } = useQuery(WhosMissingQuery, { variables: { gatheringId }, fetchPolicy: 'cache-and-network' });
  const missing = data?.whosMissing;
  return (
    <Stack gap="sm" component="section" aria-labelledby="missing-heading" data-testid="whos-missing">
      <Title order={2} id="missing-heading">
        {t('gatherings.missing.title')}
      </Title>
      <Text>{t('gatherings.missing.intro')}</Text>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState onRetry={() => void refetch()} />}
      {missing && (
        <>
          <Text fw={700} data-testid="missing-came">
            {t('gatherings.missing.came', { came: missing.came, registered: missing.registered })}
          </Text>
          <MissingList
            id="not-come-networks-heading"
            title={t('gatherings.missing.notComeNetworks')}
            empty={t('gatherings.missing.noNotComeNetworks')}
            items={missing.notComeByNetwork.map(({ network, registered, came }) => (
              <Anchor key={network.id} component={Link} to={routes.network({ slug: network.slug })} underline="always">
                {t('gatherings.missing.notComeNetwork', { name: network.name, came, registered })}
              </Anchor>
            ))}
          />
          <MissingList
            id="not-come-sectors-heading"
            title={t('gatherings.missing.sectorsNotCome')}
            empty={t('gatherings.missing.noSectorsNotCome')}
            items={missing.sectorsNotCome.map((sector) => sectorLabel(networksT, sector))}
          />
          <MissingList
            id="missing-networks-heading"
            title={t('gatherings.missing.networks')}
            empty={t('gatherings.missing.noNetworks')}
            items={missing.networks.map((network) => (
              <Anchor key={network.id} component={Link} to={routes.network({ slug: network.slug })} underline="always">
                {network.name}
              </Anchor>
            ))}
          />
          <MissingList
            id="missing-sectors-heading"
            title={t('gatherings.missing.sectors')}
            empty={t('gatherings.missing.noSectors')}
            items={missing.sectors.map((sector) => sectorLabel(networksT, sector))}
          />
          <MissingList
            id="missing-regions-heading"
            title={t('gatherings.missing.regions')}
            empty={t('gatherings.missing.noRegions')}
            items={missing.regions.map((region) => regionLabel(networksT, region))}
          />
        </>
      )}
    </Stack>
  );
}
