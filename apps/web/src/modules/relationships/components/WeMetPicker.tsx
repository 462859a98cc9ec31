import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { routes } from '../../../app/routes';
import { SayWeMetMutation } from '../graphql/connection.mutations';
import { GatheringParticipantsQuery } from '../../gatherings';
import { MetSuggestionsQuery } from '../graphql/we-met-picker.query';

interface Person {
  id: string;
  displayName: string;
  detail?: string;
}

function PersonRow({ person, said, busy, onSay }: { person: Person; said: boolean; busy: boolean; onSay: () => void }) {
  const { t } = useTranslation('relationships');
  return (
    <Group component="li" justify="space-between" wrap="nowrap" data-testid="we-met-person">
      <Stack gap={0}>
        <Text>{person.displayName}</Text>
        {person.detail && (
          <Text size="sm" c="dimmed">
            {person.detail}
          </Text>
        )}
      </Stack>
      {said ? (
        <Text size="sm">{t('weMet.said')}</Text>
      ) : (
        <Button size="xs" variant="default" loading={busy} onClick={onSay} aria-label={t('weMet.sayAbout', { name: person.displayName })}>
          {t('weMet.say')}
        </Button>
      )}
    </Group>
  );
}

/**
 * "We met": the people you shared breakout rooms with first, then a search of everyone who took part.
 * For someone with a place at a gathering that has begun.
 */
export function WeMetPicker({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('relationships');
  const status = useActionStatus();
  const [search, setSearch] = useState('');
  const [said, setSaid] = useState<Set<string>>(new Set());
  const suggestions = useQuery(MetSuggestionsQuery, { variables: { gatheringId } });
  const [searching] = useDebouncedValue(search.trim(), 250);
  const participants = useQuery(GatheringParticipantsQuery, {
    variables: { gatheringId, search: searching || null, first: 20 },
    skip: searching.length === 0,
  });
  const [sayWeMet] = useMutation(SayWeMetMutation);
  const say = (person: Person) =>
    void status
      .run(
        person.id,
        () => sayWeMet({ variables: { input: { gatheringId, personId: person.id } } }),
        t('weMet.sent', { name: person.displayName }),
      )
      .then((ok) => ok && setSaid((before) => new Set(before).add(person.id)));
  const row = (person: Person, already: boolean) => (
    <PersonRow
      key={person.id}
      person={person}
      said={already || said.has(person.id)}
      busy={status.pending === person.id}
      onSay={() => say(person)}
    />
  );
  const roomMates = suggestions.data?.metSuggestions ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="we-met-heading" data-testid="we-met">
      <Stack gap="sm">
        <Title order={2} id="we-met-heading" fz="h3">
          {t('weMet.title')}
        </Title>
        <Text>{t('weMet.intro')}</Text>
        <ActionStatusAlert status={status.status} />
        {suggestions.loading && !suggestions.data && <LoadingState />}
        {suggestions.error && !suggestions.data && <ErrorState error={suggestions.error} onRetry={() => void suggestions.refetch()} />}
        {roomMates.length > 0 && (
          <Stack gap="xs">
            <Title order={3} fz="h4">
              {t('weMet.roomMates')}
            </Title>
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {roomMates.map((s) => row({ ...s.person, detail: t('weMet.rooms', { count: s.sharedRooms }) }, s.connectionStatus !== null))}
            </Stack>
          </Stack>
        )}
        <TextInput
          label={t('weMet.search')}
          description={t('weMet.searchHint')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maxLength={100}
          data-testid="we-met-search"
        />
        {participants.error && <ErrorState error={participants.error} onRetry={() => void participants.refetch()} />}
        {searching && participants.data && participants.data.gatheringParticipants.edges.length === 0 && (
          <Text data-testid="we-met-nobody">{t('weMet.nobody')}</Text>
        )}
        {searching && participants.data && (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-live="polite">
            {participants.data.gatheringParticipants.edges.map(({ node }) =>
              row(
                { id: node.personId, displayName: node.displayName, detail: node.networks.map((n) => n.name).join(', ') || undefined },
                false,
              ),
            )}
          </Stack>
        )}
        <Button component={Link} to={routes.peopleMet()} variant="subtle" style={{ alignSelf: 'flex-start' }}>
          {t('weMet.seeAll')}
        </Button>
      </Stack>
    </Paper>
  );
}
