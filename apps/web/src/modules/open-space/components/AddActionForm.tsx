import { useMutation } from '@apollo/client/react';
import { Button, Grid, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionFieldsFragment } from '../../../gql/graphql';
import { AddActionMutation } from '../graphql/add-action.mutation';
import type { useOpenSpaceAction } from '../hooks/use-open-space-action';
import { OwnerPicker, type Owner } from './OwnerPicker';

export interface AddActionFormProps {
  gatheringId: string;
  sessionId: string;
  /** People in the room now, suggested first as an action's owner. */
  people: Owner[];
  /** The actions' shared status: this form's outcome shows above the list. */
  status: ReturnType<typeof useOpenSpaceAction>;
  onAdded: (action: ActionFieldsFragment) => void;
}

/** A new action: what, who owns it (on Weave or in words), by when. Opened on request, so it takes the focus. */
export function AddActionForm({ gatheringId, sessionId, people, status, onAdded }: AddActionFormProps) {
  const { t } = useTranslation('open-space');
  const [what, setWhat] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [owner, setOwner] = useState<Owner | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [addAction] = useMutation(AddActionMutation);
  const first = useRef<HTMLInputElement>(null);
  // The person asked for the form: they start typing where it starts.
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = { sessionId, what, ownerName, ownerId: owner?.id ?? null, dueOn: dueOn || null };
    const result = await status.run('add', () => addAction({ variables: { input } }), t('openSpace.actions.added'));
    if (!result?.data) return;
    onAdded(result.data.addAction);
    setWhat('');
    setOwnerName('');
    setOwner(null);
    setDueOn('');
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap="xs">
        <TextInput
          ref={first}
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
  );
}
