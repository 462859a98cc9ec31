import { useQuery } from '@apollo/client/react';
import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import type { NetworkReciprocityQuery as Result } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { NetworkReciprocityQuery } from '../graphql/network-reciprocity.query';

type Partner = Result['networkReciprocity']['metFor'][number];

function Partners({ id, title, count, partners, none }: { id: string; title: string; count: number; partners: Partner[]; none: string }) {
  const { t } = useTranslation('asks-offers');
  return (
    <Stack gap={4} component="section" aria-labelledby={id}>
      <Title order={3} id={id} fz="h4">
        {title}
      </Title>
      <Text size="xl" fw={700} data-testid={`${id}-count`}>
        {count}
      </Text>
      {partners.length === 0 ? (
        <Text c="dimmed">{none}</Text>
      ) : (
        <List spacing={2}>
          {partners.map((p) => (
            <List.Item key={p.network.id}>
              <Anchor component={Link} to={routes.network({ slug: p.network.slug })} underline="always">
                {p.network.name}
              </Anchor>{' '}
              <Text span c="dimmed">
                {t('asksOffers.reciprocity.times', { count: p.count })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** A network's give and receive: asks met for it (and by which networks), and asks it met for others. */
export function Reciprocity({ networkId }: { networkId: string }) {
  const { t } = useTranslation('asks-offers');
  const { data, loading, error, refetch } = useQuery(NetworkReciprocityQuery, { variables: { networkId } });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const r = data?.networkReciprocity;
  if (!r) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reciprocity-heading" data-testid="reciprocity">
      <Stack gap="sm">
        <Title order={2} id="reciprocity-heading" fz="h3">
          {t('asksOffers.reciprocity.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Partners
            id="met-for"
            title={t('asksOffers.reciprocity.metFor')}
            count={r.metForCount}
            partners={r.metFor}
            none={t('asksOffers.reciprocity.noneFor')}
          />
          <Partners
            id="met-by"
            title={t('asksOffers.reciprocity.metBy')}
            count={r.metByCount}
            partners={r.metBy}
            none={t('asksOffers.reciprocity.noneBy')}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
