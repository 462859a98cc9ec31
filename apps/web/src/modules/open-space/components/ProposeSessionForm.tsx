import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceTag } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ProposeSessionMutation } from '../graphql/propose-session.mutation';
import type { WallDispatch } from '../hooks/use-live-wall';
import { useOpenSpaceAction } from '../hooks/use-open-space-action';
import { TagCheckboxes } from './TagCheckboxes';

/** Any participant proposes a session they will host, before or during the gathering. */
export function ProposeSessionForm({ gatheringId, dispatch }: { gatheringId: string; dispatch: WallDispatch }) {
  const { t } = useTranslation('open-space');
  const action = useOpenSpaceAction();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [needs, setNeeds] = useState<SpaceTag[]>([]);
  const [propose] = useMutation(ProposeSessionMutation);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const proposed = title.trim();
    const result = await action.run(
      'propose',
      () => propose({ variables: { input: { gatheringId, title: proposed, description, needs } } }),
      t('openSpace.propose.done', { title: proposed }),
    );
    const session = result?.data?.proposeSession;
    if (!session) return;
    dispatch({ type: 'sessions', sessions: [session] });
    setTitle('');
    setDescription('');
    setNeeds([]);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="propose-heading">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} id="propose-heading" fz="h3">
            {t('openSpace.propose.title')}
          </Title>
          <ActionStatusAlert status={action.status} />
          <TextInput
            label={t('openSpace.propose.titleLabel')}
            name="title"
            required
            maxLength={120}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <Textarea
            label={t('openSpace.propose.description')}
            name="description"
            rows={3}
            maxLength={2000}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <TagCheckboxes legend={t('openSpace.propose.needs')} value={needs} onChange={setNeeds} />
          <Button type="submit" loading={action.pending === 'propose'} style={{ alignSelf: 'flex-start' }}>
            {t('openSpace.propose.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
