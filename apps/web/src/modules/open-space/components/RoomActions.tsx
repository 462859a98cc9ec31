import { useMutation } from '@apollo/client/react';
import { Button, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { formatDate } from '../../../ui/dates';
import { LoadingState } from '../../../ui/LoadingState';
import { SetActionDoneMutation } from '../graphql/set-action-done.mutation';
import type { RoomDispatch } from '../hooks/use-live-room';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';

// The add-action form (Mantine's inputs, the owner search) is fetched when someone asks for it, not with
// the room: a first visit to a room downloads none of it.
const AddActionForm = lazy(() => import('./AddActionForm').then((module) => ({ default: module.AddActionForm })));

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
  const [setDone] = useMutation(SetActionDoneMutation);
  const [adding, setAdding] = useState(false);
  // While the form downloads, its button stays (with the focus) and says so; then the form takes its place.
  const [opening, startOpening] = useTransition();

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
                {/* The browser's own checkbox (global.css): Mantine's would bring its input code to every room. */}
                <label className="plain-check">
                  <input
                    type="checkbox"
                    aria-label={`${t('openSpace.actions.done')}: ${action.what}`}
                    checked={action.done}
                    disabled={!canWrite || status.pending === action.id}
                    onChange={(event) => void toggle(action, event.currentTarget.checked)}
                  />
                  {t('openSpace.actions.done')}
                </label>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {canWrite && (
        <Suspense fallback={<LoadingState />}>
          {adding ? (
            <AddActionForm
              gatheringId={gatheringId}
              sessionId={sessionId}
              people={people}
              status={status}
              onAdded={(action) => dispatch({ type: 'changes', notes: [], actions: [action] })}
            />
          ) : (
            <Button
              variant="default"
              style={{ alignSelf: 'flex-start' }}
              aria-busy={opening || undefined}
              rightSection={opening ? <Loader size="xs" aria-hidden="true" /> : undefined}
              onClick={() => startOpening(() => setAdding(true))}
            >
              {t('openSpace.actions.open')}
            </Button>
          )}
          <VisuallyHidden role="status">{opening ? t('openSpace.actions.opening') : ''}</VisuallyHidden>
        </Suspense>
      )}
    </Stack>
  );
}
