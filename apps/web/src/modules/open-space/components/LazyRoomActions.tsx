import { Stack, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../ui/LoadingState';
import type { RoomActionsProps } from './RoomActions';

// The actions (their checkboxes, the add-action form, the owner search) follow the notes on the page, so
// they are fetched as the room first shows, not before: the room's first screen needs none of them.
const RoomActions = lazy(() => import('./RoomActions').then((module) => ({ default: module.RoomActions })));

/** The session's actions, fetched on first show; their heading and a loading note until then. */
export function LazyRoomActions(props: RoomActionsProps) {
  const { t } = useTranslation('open-space');
  return (
    <Suspense
      fallback={
        <Stack gap="sm" component="section" aria-labelledby="actions-heading">
          <Title order={2} id="actions-heading">
            {t('openSpace.actions.title')}
          </Title>
          <LoadingState />
        </Stack>
      }
    >
      <RoomActions {...props} />
    </Suspense>
  );
}
