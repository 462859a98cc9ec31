import { Anchor, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HarvestFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatTime } from '../../../ui/dates';
import { paragraphs } from '../utils/paragraphs';

type Session = HarvestFieldsFragment['sessions'][number];

function SessionFacts({ session, timeZone }: { session: Session; timeZone: string }) {
  const { t, i18n } = useTranslation('harvest');
  const when =
    session.slotStartsAt && session.slotEndsAt
      ? `${formatTime(session.slotStartsAt, timeZone, i18n.language)}–${formatTime(session.slotEndsAt, timeZone, i18n.language)}`
      : null;
  return (
    <Text size="sm">
      {[
        t('harvest.session.host', { name: session.hostName }),
        session.spaceName && t('harvest.session.space', { name: session.spaceName }),
        when && (session.slotLabel ? `${session.slotLabel} (${when})` : when),
        t('harvest.session.tookPart', { count: session.tookPart }),
      ]
        .filter(Boolean)
        .join(' · ')}
    </Text>
  );
}

function SessionActions({ session }: { session: Session }) {
  const { t, i18n } = useTranslation('harvest');
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder>
        <Table.Caption>{t('harvest.session.actionsCaption', { title: session.title })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('harvest.action.what')}</Table.Th>
            <Table.Th scope="col">{t('harvest.action.owner')}</Table.Th>
            <Table.Th scope="col">{t('harvest.action.due')}</Table.Th>
            <Table.Th scope="col">{t('harvest.action.done')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {session.actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>{action.what}</Table.Td>
              <Table.Td>{action.ownerName}</Table.Td>
              <Table.Td>{action.dueOn ? formatDate(action.dueOn, i18n.language) : t('harvest.action.noDate')}</Table.Td>
              <Table.Td>{action.done ? t('harvest.action.yes') : t('harvest.action.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The harvest as its readers see it (and conveners preview it): themes, then the day's sessions. Printable. */
export function HarvestView({ harvest, timeZone }: { harvest: HarvestFieldsFragment; timeZone: string }) {
  const { t } = useTranslation('harvest');
  const published = harvest.status === 'PUBLISHED';
  const files = `/api/gatherings/${encodeURIComponent(harvest.gatheringId)}`;
  return (
    <Stack gap="lg" data-testid="harvest-view">
      <Group gap="sm">
        <Text fw={700} data-testid="harvest-status">
          {published ? t('harvest.status.published') : t('harvest.status.draft')}
        </Text>
        <Text size="sm">{harvest.visibility === 'EVERYONE' ? t('harvest.visibility.everyone') : t('harvest.visibility.participants')}</Text>
      </Group>
      {published && (
        <Group gap="md" className="no-print" data-testid="harvest-downloads">
          <Anchor href={`${files}/harvest.md`} download underline="always" data-testid="harvest-markdown">
            {t('harvest.download.markdown')}
          </Anchor>
          <Anchor href={`${files}/harvest-actions.csv`} download underline="always" data-testid="harvest-csv">
            {t('harvest.download.csv')}
          </Anchor>
          <Button variant="default" size="xs" onClick={() => window.print()}>
            {t('harvest.download.print')}
          </Button>
        </Group>
      )}
      {/* Follow-up conversations (issue 12 §3) link from here: a "Conversations" link belongs in this slot. */}
      <div data-testid="harvest-conversations-slot" />
      <Stack gap="sm" component="section" aria-labelledby="themes-heading">
        <Title order={2} id="themes-heading">
          {t('harvest.themesTitle')}
        </Title>
        {harvest.themes.length === 0 ? (
          <Text>{t('harvest.noThemes')}</Text>
        ) : (
          harvest.themes.map((theme, index) => (
            <Stack gap="xs" key={index}>
              <Title order={3}>{theme.heading}</Title>
              {paragraphs(theme.body).map((paragraph, i) => (
                <Text key={i} style={{ whiteSpace: 'pre-line' }}>
                  {paragraph}
                </Text>
              ))}
            </Stack>
          ))
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="sessions-heading">
        <Title order={2} id="sessions-heading">
          {t('harvest.sessionsTitle')}
        </Title>
        {harvest.sessions.length === 0 && <Text>{t('harvest.noSessions')}</Text>}
        {harvest.sessions.map((session) => (
          <Paper withBorder p="md" key={session.id} component="article" aria-labelledby={`session-${session.id}`}>
            <Stack gap="xs">
              <Title order={3} id={`session-${session.id}`}>
                {session.title}
              </Title>
              <SessionFacts session={session} timeZone={timeZone} />
              {session.notes.length > 0 && (
                <>
                  <Title order={4}>{t('harvest.session.notes')}</Title>
                  <List>
                    {session.notes.map((note, i) => (
                      <List.Item key={i}>
                        <Text style={{ whiteSpace: 'pre-line' }}>{note.text}</Text>
                        <Text size="sm">{t('harvest.session.noteBy', { name: note.authorName })}</Text>
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
              {session.actions.length > 0 && <SessionActions session={session} />}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
