import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestScheduleQuery as Suggestion, WallFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ApplyScheduleMutation } from '../graphql/apply-schedule.mutation';
import { SuggestScheduleQuery } from '../graphql/suggest-schedule.query';
import type { WallDispatch } from '../hooks/use-live-wall';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';
import { wordUnplacedReason } from '../utils/unplaced-reason';
import { slotTime } from '../utils/space-tags';

interface SuggestScheduleProps {
  wall: WallFieldsFragment;
  timeZone: string;
  dispatch: WallDispatch;
}

/** Conveners ask for a placement of the unplaced sessions, review it, and apply it (all or nothing). */
export function SuggestSchedule({ wall, timeZone, dispatch }: SuggestScheduleProps) {
  const { t, i18n } = useTranslation('open-space');
  const client = useApolloClient();
  const action = useOpenSpaceAction();
  const [suggestion, setSuggestion] = useState<Suggestion['suggestSchedule'] | null>(null);
  const [apply] = useMutation(ApplyScheduleMutation);
  const title = (id: string) => wall.sessions.find((session) => session.id === id)?.title ?? id;
  const where = (slotId: string, spaceId: string) => {
    const slot = wall.slots.find((candidate) => candidate.id === slotId);
    const space = wall.spaces.find((candidate) => candidate.id === spaceId);
    return [slot && slotTime(slot, timeZone, i18n.language), space?.name].filter(Boolean).join(' · ');
  };

  const suggest = async () => {
    const result = await action.run('suggest', () =>
      client.query({ query: SuggestScheduleQuery, variables: { gatheringId: wall.gatheringId }, fetchPolicy: 'no-cache' }),
    );
    if (result?.data) setSuggestion(result.data.suggestSchedule);
  };

  const applySuggestion = async () => {
    if (!suggestion) return;
    const placements = suggestion.placements.map(({ sessionId, slotId, spaceId }) => ({ sessionId, slotId, spaceId }));
    const result = await action.run(
      'apply',
      () => apply({ variables: { input: { gatheringId: wall.gatheringId, placements } } }),
      t('openSpace.suggest.applied'),
    );
    if (!result?.data) return;
    dispatch({ type: 'sessions', sessions: result.data.applySchedule });
    setSuggestion(null);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="suggest-heading">
      <Stack gap="sm">
        <Title order={2} id="suggest-heading" fz="h3">
          {t('openSpace.suggest.title')}
        </Title>
        <Text size="sm">{t('openSpace.suggest.hint')}</Text>
        <ActionStatusAlert status={action.status} />
        {!suggestion && (
          <Button
            variant="default"
            loading={action.pending === 'suggest'}
            onClick={() => void suggest()}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('openSpace.suggest.suggest')}
          </Button>
        )}
        {suggestion && (
          <>
            {suggestion.placements.length === 0 ? (
              <Text data-testid="suggestion-empty">{t('openSpace.suggest.nothing')}</Text>
            ) : (
              <Table withTableBorder data-testid="suggestion">
                <Table.Caption>{t('openSpace.suggest.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('openSpace.suggest.session')}</Table.Th>
                    <Table.Th scope="col">{t('openSpace.suggest.where')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {suggestion.placements.map((placement) => (
                    <Table.Tr key={placement.sessionId}>
                      <Table.Th scope="row">{title(placement.sessionId)}</Table.Th>
                      <Table.Td>{where(placement.slotId, placement.spaceId)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {suggestion.unplaced.length > 0 && (
              <Stack gap={4}>
                <Title order={3} fz="h4">
                  {t('openSpace.suggest.unplacedTitle')}
                </Title>
                <List spacing={2}>
                  {suggestion.unplaced.map((item) => (
                    <List.Item key={item.sessionId}>{`${title(item.sessionId)}: ${wordUnplacedReason(t, item)}`}</List.Item>
                  ))}
                </List>
              </Stack>
            )}
            <Group gap="sm">
              {suggestion.placements.length > 0 && (
                <Button loading={action.pending === 'apply'} onClick={() => void applySuggestion()}>
                  {t('openSpace.suggest.apply')}
                </Button>
              )}
              <Button variant="default" onClick={() => setSuggestion(null)}>
                {t('openSpace.suggest.discard')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
