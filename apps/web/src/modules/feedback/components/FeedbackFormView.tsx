import { useMutation } from '@apollo/client/react';
import { Alert, Button, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FeedbackFormFieldsFragment } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { useActionStatus } from '../../../ui/use-action-status';
import { AnswerFeedbackMutation } from '../graphql/answer-feedback.mutation';
import { initialValues, SCALES, toAnswerInput, type AnswerValues } from '../utils/answer-values';
import { ScaleField } from './ScaleField';
import { formatDateTime } from '../../../ui/dates';

/** Until when answers can be changed, in the reader's language (day and time, British order). */
function untilText(closesAt: string | null | undefined, language: string, t: TFunction<'feedback'>) {
  if (!closesAt) return t('feedback.changeWhileOpen');
  return t('feedback.changeUntil', { date: formatDateTime(closesAt, language, { long: true }) });
}

/** The form a participant fills in (or changes while it is open), with the "thank you" state once sent. */
export function FeedbackFormView({ form }: { form: FeedbackFormFieldsFragment }) {
  const { t, i18n } = useTranslation('feedback');
  const [values, setValues] = useState<AnswerValues>(() => initialValues(form.myAnswer));
  const action = useActionStatus();
  const [answer] = useMutation(AnswerFeedbackMutation);
  const thanks = useRef<HTMLDivElement>(null);
  const before = form.stage === 'BEFORE';
  const answered = Boolean(form.myAnswer);
  const [justSaved, setJustSaved] = useState(false);
  // Once sent, the "thank you" takes the focus, so a screen reader says it and the keyboard starts there.
  useEffect(() => {
    if (justSaved && answered) thanks.current?.focus();
  }, [justSaved, answered]);

  const setScale = (scale: (typeof SCALES)[number], value: string) => setValues((v) => ({ ...v, scales: { ...v.scales, [scale]: value } }));
  const setOwn = (id: string, value: string) => setValues((v) => ({ ...v, own: { ...v.own, [id]: value } }));

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const saved = await action.run(
      'answer',
      () => answer({ variables: { input: toAnswerInput(form.gatheringId, form.stage, form.questions, values) } }),
      t('feedback.thanks'),
    );
    setJustSaved(saved);
  };

  return (
    <Stack gap="lg">
      {answered && (
        <Alert ref={thanks} tabIndex={-1} role="status" color="teal" variant="light" data-testid="feedback-thanks">
          <Text fw={700}>{t('feedback.thanks')}</Text>
          <Text>{untilText(form.closesAt, i18n.language, t)}</Text>
        </Alert>
      )}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="xl">
          {SCALES.map((scale) => (
            <ScaleField
              key={scale}
              name={`scale-${scale}`}
              legend={t(`feedback.scales.${scale}`)}
              value={values.scales[scale]}
              onChange={(value) => setScale(scale, value)}
            />
          ))}
          {!before && (
            <NumberInput
              label={t('feedback.newPeople')}
              description={t('feedback.newPeopleHint')}
              min={0}
              max={1000}
              allowDecimal={false}
              allowNegative={false}
              size="md"
              maw={240}
              value={values.newPeopleMet}
              onChange={(value) => setValues((v) => ({ ...v, newPeopleMet: value === '' ? '' : String(value) }))}
            />
          )}
          {!before &&
            form.questions.map((question) =>
              question.kind === 'SCALE' ? (
                <ScaleField
                  key={question.id}
                  name={`own-${question.id}`}
                  legend={question.prompt}
                  value={values.own[question.id] ?? ''}
                  onChange={(value) => setOwn(question.id, value)}
                />
              ) : (
                <TextInput
                  key={question.id}
                  label={question.prompt}
                  size="md"
                  maxLength={2000}
                  value={values.own[question.id] ?? ''}
                  onChange={(event) => setOwn(question.id, event.currentTarget.value)}
                />
              ),
            )}
          <Textarea
            label={t('feedback.comment')}
            size="md"
            rows={4}
            maxLength={4000}
            value={values.comment}
            onChange={(event) => {
              const comment = event.currentTarget.value;
              setValues((v) => ({ ...v, comment }));
            }}
          />
          <ActionStatusAlert status={action.status?.tone === 'error' ? action.status : undefined} />
          <Button type="submit" size="lg" loading={action.pending === 'answer'} style={{ alignSelf: 'flex-start' }}>
            {answered ? t('feedback.change') : t('feedback.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
