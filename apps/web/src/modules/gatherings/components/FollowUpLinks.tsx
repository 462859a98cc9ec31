import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GatheringLinkFieldsFragment } from '../../../gql/graphql';
import { gatheringStatusLabel } from '../utils/gathering-enums';
import { routes } from '../../../app/routes';
import { formatLongDate } from '../../../ui/dates';

interface FollowUpLinksProps {
  followsUp: GatheringLinkFieldsFragment | null;
  followedUpBy: readonly GatheringLinkFieldsFragment[];
  /** False where a heading above already names them (the dashboard). */
  withHeading?: boolean;
}

/** "Follows up X" and "Followed up by Y": a gathering's place in a series of follow-ups, both ways. */
export function FollowUpLinks({ followsUp, followedUpBy, withHeading = true }: FollowUpLinksProps) {
  const { t, i18n } = useTranslation('gatherings');
  if (!followsUp && followedUpBy.length === 0) return null;
  const day = (iso: string) => formatLongDate(iso, i18n.resolvedLanguage ?? i18n.language);
  const link = (g: GatheringLinkFieldsFragment) => (
    <>
      <Anchor component={Link} to={routes.gathering({ slug: g.slug })} underline="always">
        {g.title}
      </Anchor>{' '}
      <Text span size="sm">
        ({day(g.startsAt)}
        {g.status === 'DRAFT' ? `, ${gatheringStatusLabel(t, g.status)}` : ''})
      </Text>
    </>
  );
  return (
    <Stack
      gap="xs"
      data-testid="follow-up-links"
      {...(withHeading ? { component: 'section', 'aria-labelledby': 'follow-up-links-heading' } : {})}
    >
      {withHeading && (
        <Title order={2} id="follow-up-links-heading">
          {t('gatherings.followUp.linksTitle')}
        </Title>
      )}
      {followsUp && (
        <Text data-testid="follows-up">
          {t('gatherings.followUp.followsUp')} {link(followsUp)}
        </Text>
      )}
      {followedUpBy.length > 0 && (
        <>
          <Text>{t('gatherings.followUp.followedUpBy')}</Text>
          <List spacing={4} data-testid="followed-up-by">
            {followedUpBy.map((g) => (
              <List.Item key={g.id}>{link(g)}</List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
