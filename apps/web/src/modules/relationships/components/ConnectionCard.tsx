import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Closeness, ConnectionFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { formatDate } from '../../../ui/dates';
import { routes } from '../../../app/routes';

export const CLOSENESS: Closeness[] = ['MET_ONCE', 'WORKING_TOGETHER', 'CLOSE'] as Closeness[];

interface Props {
  connection: ConnectionFieldsFragment;
  busy: boolean;
  onConfirm: () => void;
  onRemove: () => void;
  onCloseness: (closeness: Closeness) => void;
}

/** One person you met (or who says they met you, or whom you said you met), with what you share. */
export function ConnectionCard({ connection, busy, onConfirm, onRemove, onCloseness }: Props) {
  const { t, i18n } = useTranslation('relationships');
  const c = connection;
  const confirmed = c.status === 'CONFIRMED';
  const networks = [...c.theirNetworks.map((n) => n.name), ...(c.theirMembersOnlyNetworkCount > 0 ? [t('peopleMet.membersOnly')] : [])];
  return (
    <Paper withBorder p="md" component="li" data-testid="connection" aria-labelledby={`connection-${c.id}`}>
      <Stack gap="xs">
        <Text fw={700} id={`connection-${c.id}`}>
          {c.person.displayName}
        </Text>
        <Text size="sm">
          {t('peopleMet.metAt')}{' '}
          <Anchor component={Link} to={routes.gathering({ slug: c.gathering.slug })} underline="always">
            {c.gathering.title}
          </Anchor>{' '}
          ({formatDate(c.gathering.startsAt, i18n.language)})
        </Text>
        {networks.length > 0 && <Text size="sm">{t('peopleMet.cameFor', { networks: networks.join(', ') })}</Text>}
        {confirmed && c.sharedGatherings.length > 0 && (
          <Text size="sm" component="div">
            {t('peopleMet.sharedGatherings')}{' '}
            {c.sharedGatherings.map((g, i) => (
              <span key={g.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={routes.gathering({ slug: g.slug })} underline="always">
                  {g.title}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        {confirmed && c.sharedConversations.length > 0 && (
          <Text size="sm" component="div">
            {t('peopleMet.sharedConversations')}{' '}
            {c.sharedConversations.map((conversation, i) => (
              <span key={conversation.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={routes.conversation({ id: conversation.id })} underline="always">
                  {conversation.title}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
        <Group gap="sm" align="flex-end">
          {confirmed && (
            <NativeSelect
              label={t('peopleMet.closeness')}
              value={c.closeness}
              disabled={busy}
              onChange={(event) => onCloseness(event.currentTarget.value as Closeness)}
              data={CLOSENESS.map((value) => ({ value, label: t(`peopleMet.closenessValue.${value}`) }))}
              data-testid="closeness"
            />
          )}
          {c.awaitsYou && (
            <Button onClick={onConfirm} loading={busy} data-testid="confirm-connection">
              {t('peopleMet.confirm')}
            </Button>
          )}
          <ConfirmButton
            variant="default"
            loading={busy}
            title={t('peopleMet.removeTitle', { name: c.person.displayName })}
            body={t('peopleMet.removeBody')}
            confirmLabel={t('peopleMet.remove')}
            onConfirm={onRemove}
            data-testid="remove-connection"
          >
            {c.awaitsYou ? t('peopleMet.decline') : confirmed ? t('peopleMet.remove') : t('peopleMet.withdraw')}
          </ConfirmButton>
        </Group>
      </Stack>
    </Paper>
  );
}
