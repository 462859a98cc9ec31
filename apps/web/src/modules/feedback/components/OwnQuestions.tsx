import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, List, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackQuestionKind } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { FeedbackFormQuery } from '../graphql/feedback-form.query';
import { AddFeedbackQuestionMutation, RemoveFeedbackQuestionMutation, SetFeedbackBeforeMutation } from '../graphql/own-questions.mutations';

const KINDS: FeedbackQuestionKind[] = ['SCALE', 'TEXT'];

/**
 * For a gathering's conveners: the questions of their own the feedback form asks after the five scales
 * (added any time; removed only until the first answer arrives), and whether participants are asked
 * before it starts (the first gathering of a workshop series).
 */
export function OwnQuestions({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('feedback');
  const { data, loading, error, refetch } = useQuery(FeedbackFormQuery, { variables: { gatheringId, stage: 'AFTER' } });
  const [add] = useMutation(AddFeedbackQuestionMutation);
  const [remove] = useMutation(RemoveFeedbackQuestionMutation);
  const [setBefore] = useMutation(SetFeedbackBeforeMutation);
  const { status, pending, run } = useActionStatus();
  const [prompt, setPrompt] = useState('');
  const [kind, setKind] = useState<FeedbackQuestionKind>('SCALE');
  const [promptError, setPromptError] = useState<string>();

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const form = data?.feedbackForm;
  if (!form?.viewerIsConvener) return null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!prompt.trim()) {
      setPromptError(t('feedback.own.promptRequired'));
      return;
    }
    setPromptError(undefined);
    const added = await run(
      'add',
      () => add({ variables: { input: { gatheringId, prompt: prompt.trim(), kind } } }),
      t('feedback.own.added'),
    );
    if (added) setPrompt('');
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="own-questions-heading">
      <Stack gap="sm">
        <Title order={2} id="own-questions-heading">
          {t('feedback.own.title')}
        </Title>
        <Text>{t('feedback.own.intro')}</Text>
        <ActionStatusAlert status={status} />
        <Checkbox
          label={t('feedback.own.asksBefore')}
          description={t('feedback.own.asksBeforeHint')}
          checked={form.asksBefore}
          disabled={pending === 'before'}
          onChange={(event) => {
            const asksBefore = event.currentTarget.checked;
            void run('before', () => setBefore({ variables: { input: { gatheringId, asksBefore } } }), t('feedback.own.saved'));
          }}
        />
        {form.questions.length === 0 ? (
          <Text data-testid="no-own-questions">{t('feedback.own.none')}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" data-testid="own-questions">
            {form.questions.map((question) => (
              <List.Item key={question.id}>
                <Group gap="sm" wrap="wrap">
                  <Text>
                    {question.prompt}{' '}
                    <Text span c="dimmed">
                      ({t(`feedback.own.kinds.${question.kind}`)})
                    </Text>
                  </Text>
                  {!form.questionsLocked && (
                    <ConfirmButton
                      size="xs"
                      variant="default"
                      title={t('feedback.own.removeTitle')}
                      body={t('feedback.own.removeBody', { prompt: question.prompt })}
                      confirmLabel={t('feedback.own.remove')}
                      loading={pending === question.id}
                      onConfirm={() =>
                        void run(question.id, () => remove({ variables: { questionId: question.id } }), t('feedback.own.removed'))
                      }
                      aria-label={t('feedback.own.removeLabel', { prompt: question.prompt })}
                    >
                      {t('feedback.own.remove')}
                    </ConfirmButton>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {form.questionsLocked && <Text c="dimmed">{t('feedback.own.locked')}</Text>}
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <TextInput
              label={t('feedback.own.prompt')}
              value={prompt}
              maxLength={300}
              onChange={(event) => setPrompt(event.currentTarget.value)}
              error={promptError}
            />
            <Radio.Group label={t('feedback.own.kind')} value={kind} onChange={(value) => setKind(value as FeedbackQuestionKind)}>
              <Group gap="md" mt={4}>
                {KINDS.map((k) => (
                  <Radio key={k} value={k} label={t(`feedback.own.kinds.${k}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Group>
              <Button type="submit" loading={pending === 'add'}>
                {t('feedback.own.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
