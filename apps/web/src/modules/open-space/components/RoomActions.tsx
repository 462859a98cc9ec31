import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Grid, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { AddActionMutation } from '../graphql/add-action.mutation';
import { SetActionDoneMutation } from '../graphql/set-action-done.mutation';
import type { RoomDispatch } from '../hooks/use-live-room';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';
import { formatDate } from '../../../ui/dates';
import { OwnerPicker, type Owner } from './OwnerPicker';

export interface RoomActionsProps {
  gatheringId: string;
  sessionId: string;
  actions: ActionFieldsFragment[];
  /** People in the room now, suggested first as an action's owner (anyone taking part can be; anyone else is named in words). */
  people: { id: string; displayName: string }[];
  canWrite: boolean;
  dispatch: RoomDispatch;
}

/** What the session decided to do: what, who owns it, by when; ticked off when done. */
export function RoomActions({ gatheringId, sessionId, actions, people, canWrite, dispatch }: RoomActionsProps) {
  const { t, i18n } = useTranslation('open-space');
  const status = useOpenSpaceAction();
  const [what, setWhat] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [owner, setOwner] = useState<Owner | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [addAction] = useMutation(AddActionMutation);
  const [setDone] = useMutation(SetActionDoneMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = { sessionId, what, ownerName, ownerId: owner?.id ?? null, dueOn: dueOn || null };
    const result = await status.run('add', () => addAction({ variables: { input } }), t('openSpace.actions.added'));
    if (!result?.data) return;
    dispatch({ type: 'changes', notes: [], actions: [result.data.addAction] });
    setWhat('');
    setOwnerName('');
    setOwner(null);
    setDueOn('');
  };

  const toggle = async (action: ActionFieldsFragment, done: boolean) => {
    const result = await status.run(action.id, () => setDone({ variables: { input: { actionId: action.id, done } } }));
    if (result?.data) dispatch({ type: 'changes', notes: [], actions: [result.data.setActionDone] });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="actions-heading">
      <Title order={2} id="actions-heading">
        {t('openSpace.actions.title')}
      </Title>
      <ActionStatusAlert status={status.status} />
      {actions.length === 0 ? (
        <Text data-testid="no-actions">{t('openSpace.actions.empty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="actions">
          {actions.map((action) => (
            <Paper withBorder p="sm" component="li" key={action.id}>
              <Stack gap={4}>
                <Text fw={600} td={action.done ? 'line-through' : undefined}>
                  {action.what}
                </Text>
                <Text size="sm">
                  {t('openSpace.actions.owned', { name: action.ownerName })}
                  {action.dueOn && ` · ${t('openSpace.actions.due', { date: formatDate(action.dueOn, i18n.language) })}`}
                </Text>
                <Checkbox
                  label={t('openSpace.actions.done')}
                  aria-label={`${t('openSpace.actions.done')}: ${action.what}`}
                  checked={action.done}
                  disabled={!canWrite || status.pending === action.id}
                  onChange={(event) => void toggle(action, event.currentTarget.checked)}
                />
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {canWrite && (
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="xs">
            <TextInput
              label={t('openSpace.actions.what')}
              name="what"
              required
              value={what}
              onChange={(event) => setWhat(event.currentTarget.value)}
            />
            <OwnerPicker
              gatheringId={gatheringId}
              here={people}
              chosen={owner}
              onChange={(chosen) => {
                setOwner(chosen);
                if (chosen) setOwnerName(chosen.displayName);
              }}
            />
            <Grid gap="sm">
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label={t('openSpace.actions.owner')}
                  name="ownerName"
                  required
                  value={ownerName}
                  onChange={(event) => setOwnerName(event.currentTarget.value)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  type="date"
                  label={t('openSpace.actions.dueOn')}
                  name="dueOn"
                  value={dueOn}
                  onChange={(event) => setDueOn(event.currentTarget.value)}
                />
              </Grid.Col>
            </Grid>
            <Button type="submit" variant="default" loading={status.pending === 'add'} style={{ alignSelf: 'flex-start' }}>
              {t('openSpace.actions.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
