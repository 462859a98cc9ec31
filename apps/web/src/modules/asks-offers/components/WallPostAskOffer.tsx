import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import { focusFirstError } from '../../../ui/focus-first-error';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/use-server-errors';
import { GatheringAsksOffersQuery, PostAskOfferMutation } from '../graphql/ask-offer.graphql';
import { askOfferFieldErrors } from '../utils/ask-offer-form';
import { dayAfter } from '../utils/ask-offer-text';

const FIELDS = ['side', 'title'] as const;

/**
 * Posting an ask or offer from a gathering's wall, in a line: ask or offer and a few words, tied to the
 * gathering (as oneself, for 30 days); its page then takes details and shows matches.
 */
export function WallPostAskOffer({ gatheringId }: { gatheringId: string }) {
  const { t } = useTranslation('asks-offers');
  const form = useForm<{ side: 'ASK' | 'OFFER'; title: string }>({
    mode: 'controlled',
    initialValues: { side: 'ASK', title: '' },
    validate: ({ title }) => {
      const { title: problem } = askOfferFieldErrors(
        { kind: 'OTHER', title, description: '', themes: '', area: '', endsOn: dayAfter(30) },
        t,
      );
      return problem ? { title: problem } : {};
    },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [posted, setPosted] = useState<{ id: string; title: string }>();
  const [post, { loading }] = useMutation(PostAskOfferMutation, {
    refetchQueries: [{ query: GatheringAsksOffersQuery, variables: { gatheringId } }],
    awaitRefetchQueries: true,
  });

  const submit = form.onSubmit(
    async ({ side, title }) => {
      serverErrors.clearError();
      setPosted(undefined);
      try {
        const input = { side, kind: 'OTHER' as const, title, description: '', themes: [], area: '', endsOn: dayAfter(30), gatheringId };
        const { data } = await post({ variables: { input } });
        if (data) setPosted({ id: data.postAskOffer.id, title: data.postAskOffer.title });
        form.reset();
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('asksOffers.wall.postLabel')}>
      <Stack gap="xs">
        <FormAlert message={serverErrors.message} />
        {posted && (
          <Text role="status" size="sm">
            {t('asksOffers.wall.posted')}{' '}
            <Anchor component={Link} to={routes.askOffer({ id: posted.id })} underline="always">
              {t('asksOffers.wall.addDetails', { title: posted.title })}
            </Anchor>
          </Text>
        )}
        <Group gap="xs" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('asksOffers.post.side')}
            data={[
              { value: 'ASK', label: t('asksOffers.side.ASK') },
              { value: 'OFFER', label: t('asksOffers.side.OFFER') },
            ]}
            {...form.getInputProps('side')}
          />
          <TextInput label={t('asksOffers.post.title')} withAsterisk style={{ flex: '1 1 14rem' }} {...form.getInputProps('title')} />
          <Button type="submit" loading={loading}>
            {t('asksOffers.wall.post')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
