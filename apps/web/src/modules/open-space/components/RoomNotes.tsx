import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { AddNoteMutation } from '../graphql/add-note.mutation';
import { EditNoteMutation } from '../graphql/edit-note.mutation';
import type { RoomDispatch } from '../hooks/use-live-room';
import { graphQLErrorReason } from '../../../ui/graphql-errors';
import { PlainTextarea } from '../../../ui/PlainTextarea';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';

interface NoteItemProps {
  note: NoteFieldsFragment;
  canEdit: boolean;
  dispatch: RoomDispatch;
  onConflict: () => void;
}

function NoteItem({ note, canEdit, dispatch, onConflict }: NoteItemProps) {
  const { t } = useTranslation('open-space');
  const action = useOpenSpaceAction();
  const [editNote] = useMutation(EditNoteMutation);
  // The version the person started from: a save names it, so nobody's words are overwritten unseen.
  // After a conflict it is 'shown': the next save builds on the version now on screen.
  const [draft, setDraft] = useState<{ text: string; version: number | 'shown' } | null>(null);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    try {
      const result = await editNote({
        variables: {
          input: { noteId: note.id, text: draft.text, expectedVersion: draft.version === 'shown' ? note.version : draft.version },
        },
      });
      if (result.data) dispatch({ type: 'changes', notes: [result.data.editNote], actions: [] });
      setDraft(null);
      action.succeed(t('openSpace.notes.saved'));
    } catch (error) {
      action.fail(action.describe(error));
      // Someone else saved first: keep this person's text, and let the next save build on what is shown now.
      if (graphQLErrorReason(error) === 'NoteChanged') {
        setDraft({ text: draft.text, version: 'shown' });
        onConflict();
      }
    }
  };

  return (
    <Paper withBorder p="sm" component="li" data-testid={`note-${note.id}`}>
      <Stack gap={6}>
        <Text style={{ whiteSpace: 'pre-line' }}>{note.text}</Text>
        <Text size="sm" c="dimmed">
          {t('openSpace.notes.by', { name: note.author.displayName })}
        </Text>
        <ActionStatusAlert status={action.status} />
        {canEdit && !draft && (
          <Button
            size="compact-sm"
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => {
              action.clear();
              setDraft({ text: note.text, version: note.version });
            }}
          >
            {t('openSpace.notes.edit')}
          </Button>
        )}
        {draft && (
          <form onSubmit={(event) => void save(event)}>
            <Stack gap="xs">
              <PlainTextarea
                label={t('openSpace.notes.editLabel')}
                rows={3}
                maxLength={5000}
                value={draft.text}
                onChange={(event) => setDraft({ ...draft, text: event.currentTarget.value })}
              />
              <Group gap="xs">
                <Button type="submit" size="compact-sm">
                  {t('openSpace.notes.save')}
                </Button>
                <Button size="compact-sm" variant="default" onClick={() => setDraft(null)}>
                  {t('openSpace.notes.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

interface RoomNotesProps {
  sessionId: string;
  notes: NoteFieldsFragment[];
  personId: string | null;
  isConvener: boolean;
  canWrite: boolean;
  dispatch: RoomDispatch;
  /** Reads the room again, e.g. to show the version someone else just saved. */
  reload: () => void;
}

/** The session's harvest: everyone adds notes; authors (and conveners) edit theirs. */
export function RoomNotes({ sessionId, notes, personId, isConvener, canWrite, dispatch, reload }: RoomNotesProps) {
  const { t } = useTranslation('open-space');
  const action = useOpenSpaceAction();
  const [text, setText] = useState('');
  const [addNote] = useMutation(AddNoteMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await action.run('add', () => addNote({ variables: { input: { sessionId, text } } }), t('openSpace.notes.added'));
    if (!result?.data) return;
    dispatch({ type: 'changes', notes: [result.data.addNote], actions: [] });
    setText('');
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="notes-heading">
      <Title order={2} id="notes-heading">
        {t('openSpace.notes.title')}
      </Title>
      {notes.length === 0 ? (
        <Text data-testid="no-notes">{t('openSpace.notes.empty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="notes">
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              canEdit={canWrite && (isConvener || note.author.id === personId)}
              dispatch={dispatch}
              onConflict={reload}
            />
          ))}
        </Stack>
      )}
      {canWrite && (
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="xs">
            <ActionStatusAlert status={action.status} />
            <PlainTextarea
              label={t('openSpace.notes.text')}
              name="note"
              rows={3}
              maxLength={5000}
              required
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
            <Button type="submit" loading={action.pending === 'add'} style={{ alignSelf: 'flex-start' }}>
              {t('openSpace.notes.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
