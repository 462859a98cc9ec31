import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment } from '../../../gql/graphql';
import { spaceTagLabel } from '../utils/space-tags';

export interface SessionCardProps {
  session: SessionFieldsFragment;
  /** Shown on the board: larger type, no buttons. */
  large?: boolean;
  /** On the wall: the description cut to two lines. */
  compact?: boolean;
  starred?: boolean;
  onStar?: (starred: boolean) => void;
  onJoin?: () => void;
  /** The room to read (after the day, when nobody joins rooms any more). */
  roomHref?: string;
  busy?: boolean;
}

export function SessionCard({
  session,
  large = false,
  compact = false,
  starred = false,
  onStar,
  onJoin,
  roomHref,
  busy = false,
}: SessionCardProps) {
  const { t } = useTranslation('open-space');
  const placed = session.slotId !== null && session.capacity !== null;
  return (
    <Paper withBorder p={large ? 'md' : 'xs'} radius="sm" data-testid={`session-${session.id}`}>
      <Stack gap={4}>
        <Text fw={700} fz={large ? 28 : 'md'} lh={1.25}>
          {session.title}
        </Text>
        <Text fz={large ? 22 : 'sm'}>{t('openSpace.session.hostedBy', { name: session.host.displayName })}</Text>
        {!large && session.description && (
          <Text fz="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={compact ? 2 : undefined}>
            {session.description}
          </Text>
        )}
        {session.needs.length > 0 && (
          <Text fz={large ? 20 : 'sm'}>
            {t('openSpace.session.needs', { needs: session.needs.map((tag) => spaceTagLabel(t, tag)).join(', ') })}
          </Text>
        )}
        <Group gap="md" wrap="wrap">
          <Text fz={large ? 22 : 'sm'} data-testid="session-interest">
            {t('openSpace.session.interested', { count: session.interestCount })}
          </Text>
          {placed && (
            <Text fz={large ? 22 : 'sm'} fw={600} data-testid="session-headcount">
              {t('openSpace.session.headcount', { count: session.headcount, capacity: session.capacity ?? 0 })}
            </Text>
          )}
        </Group>
        {roomHref && (
          <Anchor
            component={Link}
            to={roomHref}
            underline="always"
            fz="sm"
            aria-label={t('openSpace.session.readRoomLabel', { title: session.title })}
          >
            {t('openSpace.session.readRoom')}
          </Anchor>
        )}
        {(onStar || onJoin) && (
          <Group gap="xs" wrap="wrap">
            {onStar && (
              <Button
                size="compact-sm"
                variant={starred ? 'filled' : 'default'}
                aria-pressed={starred}
                aria-label={t('openSpace.session.starLabel', { title: session.title })}
                // Busy, not disabled: a disabled button would drop a keyboard user's focus to the page.
                data-disabled={busy || undefined}
                onClick={() => {
                  if (!busy) onStar(!starred);
                }}
              >
                <span aria-hidden="true">{starred ? '★' : '☆'}</span>&nbsp;{t('openSpace.session.star')}
              </Button>
            )}
            {onJoin && (
              <Button
                size="compact-sm"
                aria-label={t('openSpace.session.joinLabel', { title: session.title })}
                loading={busy}
                onClick={onJoin}
              >
                {t('openSpace.session.join')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
