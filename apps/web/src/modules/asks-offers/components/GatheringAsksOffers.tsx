import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import { useErrorText } from '../../../ui/use-error-text';
import { GatheringAsksOffersQuery } from '../graphql/ask-offer.graphql';
import { WallPostAskOffer } from './WallPostAskOffer';

/** A small section for a gathering's wall (its participants'): the asks and offers posted during it, a line to post one, and a link to all. */
export function GatheringAsksOffers({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('asks-offers');
  const errorText = useErrorText();
  const { data, loading, error } = useQuery(GatheringAsksOffersQuery, { variables: { gatheringId } });
  const items = data?.asksOffers.edges ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="wall-asks-heading">
      <Title order={2} id="wall-asks-heading" fz="h4" mb="xs">
        {t('asksOffers.wall.heading')}
      </Title>
      {loading && !data && (
        <Text size="sm" role="status">
          {t('status.loading')}
        </Text>
      )}
      {error && !data && (
        <Text size="sm" role="alert">
          {errorText(error)}
        </Text>
      )}
      {data && items.length === 0 && <Text size="sm">{t('asksOffers.wall.empty')}</Text>}
      {items.length > 0 && (
        <List spacing="xs" listStyleType="none" mb="xs">
          {items.map(({ node }) => (
            <List.Item key={node.id}>
              <Group gap="xs">
                <Badge variant="filled" color={node.side === 'ASK' ? 'violet.9' : 'blue.9'}>
                  {t(`asksOffers.side.${node.side}`)}
                </Badge>
                <Anchor component={Link} to={routes.askOffer({ id: node.id })} underline="always">
                  {node.title}
                </Anchor>
                {node.status !== 'OPEN' && (
                  <Badge variant="outline" color="gray.8">
                    {t(`asksOffers.status.${node.status}`)}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <WallPostAskOffer gatheringId={gatheringId} />
      <Anchor
        component={Link}
        to={routes.asksOffers({ gathering: gatheringId })}
        underline="always"
        size="sm"
        mt="xs"
        display="inline-block"
      >
        {t('asksOffers.wall.all')}
      </Anchor>
    </Paper>
  );
}
