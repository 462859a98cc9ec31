import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import { GatheringAsksOffersQuery } from '../graphql/ask-offer.graphql';

/** A small read-only section for a gathering's wall: the asks and offers posted during it, and a link to post one. */
export function GatheringAsksOffers({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(GatheringAsksOffersQuery, { variables: { gatheringId } });
  const items = data?.asksOffers.edges ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="wall-asks-heading">
      <Title order={2} id="wall-asks-heading" fz="h4" mb="xs">
        {t('asksOffers.wall.heading')}
      </Title>
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
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Anchor component={Link} to={routes.asksOffers({ gathering: gatheringId })} underline="always" size="sm">
        {t('asksOffers.wall.all')}
      </Anchor>
    </Paper>
  );
}
