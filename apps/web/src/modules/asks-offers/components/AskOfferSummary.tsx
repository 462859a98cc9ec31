import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import type { AskOfferFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../ui/dates';

const STATUS_COLOR: Record<string, string> = { OPEN: 'teal.9', MET: 'indigo.9', WITHDRAWN: 'gray.8', EXPIRED: 'gray.8' };

/** One ask or offer in a list: side, title (a link), status, and who, where, until when. */
export function AskOfferSummary({ item }: { item: AskOfferFieldsFragment }) {
  const { t, i18n } = useTranslation('asks-offers');
  const who = item.network?.name ?? item.postedBy?.displayName;
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="filled" color={item.side === 'ASK' ? 'violet.9' : 'blue.9'}>
          {t(`asksOffers.side.${item.side}`)}
        </Badge>
        <Anchor component={Link} to={routes.askOffer({ id: item.id })} underline="always" fw={600}>
          {item.title}
        </Anchor>
        <Badge variant="filled" color={STATUS_COLOR[item.status] ?? 'gray.8'}>
          {t(`asksOffers.status.${item.status}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {[
          t(`asksOffers.kind.${item.kind}`),
          who ? t('asksOffers.by', { name: who }) : null,
          item.area || null,
          t('asksOffers.endsOn', { date: formatDate(item.endsOn, i18n.language) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}
