import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AskOfferFieldsFragment, AskOfferKind } from '../../../gql/graphql';
import { focusFirstError } from '../../../ui/focus-first-error';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/use-server-errors';
import { UpdateAskOfferMutation } from '../graphql/ask-offer.graphql';
import { ASK_OFFER_KINDS, askOfferFieldErrors, type AskOfferFormValues } from '../utils/ask-offer-form';
import { dayAfter, parseThemes } from '../utils/ask-offer-text';

const FIELDS = ['kind', 'title', 'description', 'themes', 'area', 'endsOn'] as const;

/** Changing an open ask or offer's words, for whoever may edit it (its poster, or its network's facilitators and conveners). */
export function EditAskOfferForm({ post, onDone }: { post: AskOfferFieldsFragment; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('asks-offers');
  const form = useForm<AskOfferFormValues>({
    mode: 'controlled',
    initialValues: {
      kind: post.kind,
      title: post.title,
      description: post.description,
      themes: post.themes.join(', '),
      area: post.area,
      endsOn: post.endsOn,
    },
    validate: (values) => askOfferFieldErrors(values, t),
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [update, { loading }] = useMutation(UpdateAskOfferMutation);

  const submit = form.onSubmit(
    async (values) => {
      serverErrors.clearError();
      try {
        const input = { id: post.id, ...values, kind: values.kind, themes: parseThemes(values.themes) };
        await update({ variables: { input } });
        onDone(true);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="edit-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} id="edit-heading" fz="h3">
            {post.side === 'ASK' ? t('asksOffers.edit.headingAsk') : t('asksOffers.edit.headingOffer')}
          </Title>
          <FormAlert message={serverErrors.message} />
          <NativeSelect
            label={t('asksOffers.post.kind')}
            data={ASK_OFFER_KINDS.map((k) => ({ value: k, label: t(`asksOffers.kind.${k}`) }))}
            {...form.getInputProps('kind')}
            onChange={(e) => form.setFieldValue('kind', e.currentTarget.value as AskOfferKind)}
          />
          <TextInput
            label={t('asksOffers.post.title')}
            description={t('asksOffers.post.titleHint')}
            withAsterisk
            {...form.getInputProps('title')}
          />
          <Textarea label={t('asksOffers.post.description')} rows={3} {...form.getInputProps('description')} />
          <TextInput label={t('asksOffers.post.themes')} description={t('asksOffers.post.themesHint')} {...form.getInputProps('themes')} />
          <TextInput label={t('asksOffers.post.area')} description={t('asksOffers.post.areaHint')} {...form.getInputProps('area')} />
          <TextInput type="date" label={t('asksOffers.post.endsOn')} withAsterisk min={dayAfter(0)} {...form.getInputProps('endsOn')} />
          <Group gap="xs">
            <Button type="submit" loading={loading}>
              {t('asksOffers.edit.save')}
            </Button>
            <Button variant="default" onClick={() => onDone(false)}>
              {t('asksOffers.edit.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
