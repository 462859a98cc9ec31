import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { MergeSessionsMutation } from '../graphql/merge-sessions.mutation';
import type { WallDispatch } from '../hooks/use-live-wall';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';

/** Conveners fold one session into another; the merged one leaves the wall. */
export function MergeSessionsForm({ sessions, dispatch }: { sessions: SessionFieldsFragment[]; dispatch: WallDispatch }) {
  const { t } = useTranslation('open-space');
  const action = useOpenSpaceAction();
  const [fromId, setFromId] = useState('');
  const [intoId, setIntoId] = useState('');
  const [merge] = useMutation(MergeSessionsMutation);
  const from = sessions.find((session) => session.id === fromId);
  const into = sessions.find((session) => session.id === intoId);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!from || !into) return;
    const result = await action.run(
      'merge',
      () => merge({ variables: { input: { sessionId: from.id, intoSessionId: into.id } } }),
      t('openSpace.merge.done', { title: into.title }),
    );
    if (!result?.data) return;
    // The merged session has left the wall: mark it so, until the live update brings its new version.
    dispatch({ type: 'sessions', sessions: [result.data.mergeSessions] });
    dispatch({ type: 'merged', sessionId: from.id, intoId: into.id });
    setFromId('');
    setIntoId('');
  };

  const options = (exclude: string) =>
    sessions
      .filter((session) => session.id !== exclude)
      .map((session) => (
        <option key={session.id} value={session.id}>
          {session.title}
        </option>
      ));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="merge-heading">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Title order={2} id="merge-heading" fz="h3">
            {t('openSpace.merge.title')}
          </Title>
          <Text size="sm">{t('openSpace.merge.hint')}</Text>
          <ActionStatusAlert status={action.status} />
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect label={t('openSpace.merge.from')} value={fromId} onChange={(event) => setFromId(event.currentTarget.value)}>
              <option value="">{t('openSpace.place.choose')}</option>
              {options(intoId)}
            </NativeSelect>
            <NativeSelect label={t('openSpace.merge.into')} value={intoId} onChange={(event) => setIntoId(event.currentTarget.value)}>
              <option value="">{t('openSpace.place.choose')}</option>
              {options(fromId)}
            </NativeSelect>
          </Group>
          <Button
            type="submit"
            variant="default"
            loading={action.pending === 'merge'}
            disabled={!from || !into}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('openSpace.merge.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
