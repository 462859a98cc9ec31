import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Radio, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HarvestFieldsFragment, HarvestVisibility } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { useActionStatus } from '../../../ui/use-action-status';
import { HarvestQuery } from '../graphql/harvest.query';
import { SaveHarvestMutation } from '../graphql/save-harvest.mutation';
import { SetHarvestStatusMutation } from '../graphql/set-harvest-status.mutation';

interface Theme {
  heading: string;
  body: string;
}

const editable = (harvest: HarvestFieldsFragment): Theme[] =>
  harvest.themes.length > 0 ? harvest.themes.map(({ heading, body }) => ({ heading, body })) : [{ heading: '', body: '' }];

/** The conveners' editor: themes (a heading and text each), who may read, save, publish or back to draft. */
export function HarvestEditor({ harvest, onChanged }: { harvest: HarvestFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation('harvest');
  const [themes, setThemes] = useState<Theme[]>(() => editable(harvest));
  const [visibility, setVisibility] = useState<HarvestVisibility>(harvest.visibility);
  const action = useActionStatus();
  const refetchQueries = [{ query: HarvestQuery, variables: { gatheringId: harvest.gatheringId } }];
  const [save] = useMutation(SaveHarvestMutation, { refetchQueries });
  const [setStatus] = useMutation(SetHarvestStatusMutation, { refetchQueries });
  const published = harvest.status === 'PUBLISHED';
  const kept = themes.filter((theme) => theme.heading.trim() !== '' || theme.body.trim() !== '');

  const change = (index: number, field: keyof Theme, value: string) =>
    setThemes((current) => current.map((theme, i) => (i === index ? { ...theme, [field]: value } : theme)));

  // On a conflict the page reloads the harvest: the preview shows the other convener's version, the editor keeps these words.
  const saveNow = async (): Promise<number> => {
    try {
      const result = await save({
        variables: { input: { gatheringId: harvest.gatheringId, themes: kept, visibility, expectedVersion: harvest.version } },
      });
      return result.data?.saveHarvest.version ?? harvest.version;
    } catch (error) {
      onChanged();
      throw error;
    }
  };

  const onSave = () => void action.run('save', saveNow, t('harvest.editor.saved'));

  // Publishing publishes what is in the editor: it is saved first.
  const onStatus = () =>
    void action.run(
      'status',
      async () => {
        const expectedVersion = published ? harvest.version : await saveNow();
        await setStatus({
          variables: { input: { gatheringId: harvest.gatheringId, status: published ? 'DRAFT' : 'PUBLISHED', expectedVersion } },
        });
      },
      published ? t('harvest.editor.unpublished') : t('harvest.editor.published'),
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="harvest-editor-heading" className="no-print">
      <Stack gap="md">
        <Title order={2} id="harvest-editor-heading">
          {t('harvest.editor.title')}
        </Title>
        {themes.map((theme, index) => (
          <Stack gap="xs" key={index} data-testid="theme-editor">
            <TextInput
              label={t('harvest.editor.heading', { number: index + 1 })}
              value={theme.heading}
              maxLength={200}
              onChange={(event) => change(index, 'heading', event.currentTarget.value)}
            />
            <Textarea
              label={t('harvest.editor.body', { number: index + 1 })}
              description={t('harvest.editor.bodyHint')}
              value={theme.body}
              rows={5}
              onChange={(event) => change(index, 'body', event.currentTarget.value)}
            />
            {themes.length > 1 && (
              <Group>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => setThemes((current) => current.filter((_, i) => i !== index))}
                >
                  {t('harvest.editor.removeTheme', { number: index + 1 })}
                </Button>
              </Group>
            )}
          </Stack>
        ))}
        <Group>
          <Button variant="default" onClick={() => setThemes((current) => [...current, { heading: '', body: '' }])}>
            {t('harvest.editor.addTheme')}
          </Button>
        </Group>
        <Radio.Group
          label={t('harvest.editor.visibility')}
          value={visibility}
          onChange={(value) => setVisibility(value === 'EVERYONE' ? 'EVERYONE' : 'PARTICIPANTS')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="PARTICIPANTS" label={t('harvest.visibility.participants')} />
            <Radio value="EVERYONE" label={t('harvest.visibility.everyone')} />
          </Stack>
        </Radio.Group>
        <ActionStatusAlert status={action.status} />
        <Group>
          <Button onClick={onSave} loading={action.pending === 'save'}>
            {t('harvest.editor.save')}
          </Button>
          <Button
            variant={published ? 'default' : 'filled'}
            color={published ? 'gray' : 'green'}
            onClick={onStatus}
            loading={action.pending === 'status'}
          >
            {published ? t('harvest.editor.unpublish') : t('harvest.editor.publish')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
