import { useMutation } from '@apollo/client/react';
import { Button, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFieldsFragment } from '../../../gql/graphql';
import { isSupportedLanguage, languages } from '../../../i18n/languages';
import { FormAlert } from '../../../ui/FormAlert';
import { useServerErrors } from '../../../ui/use-server-errors';
import { UpdateProfileMutation } from '../graphql/update-profile.mutation';
import { requiredRule } from '../utils/account-validators';
import { focusFirstError } from '../../../ui/focus-first-error';

const FIELDS = ['displayName', 'pronouns', 'bio', 'locale'] as const;

const emptyToNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

interface ProfileFormProps {
  person: PersonFieldsFragment;
}

export function ProfileForm({ person }: ProfileFormProps) {
  const { t, i18n } = useTranslation('accounts');
  const [saved, setSaved] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      displayName: person.displayName,
      pronouns: person.pronouns ?? '',
      bio: person.bio ?? '',
      locale: person.locale,
    },
    validate: { displayName: requiredRule(t) },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  // The result carries the person's id, so the normalised cache (and the
  // header reading `me`) updates without a refetch.
  const [updateProfile, { loading }] = useMutation(UpdateProfileMutation);

  const submit = form.onSubmit(
    async (values) => {
      serverErrors.clearError();
      setSaved(false);
      try {
        const input = {
          displayName: values.displayName.trim(),
          pronouns: emptyToNull(values.pronouns),
          bio: emptyToNull(values.bio),
          locale: values.locale,
        };
        const { data } = await updateProfile({ variables: { input } });
        const locale = data?.updateProfile.locale;
        if (locale && isSupportedLanguage(locale) && locale !== i18n.resolvedLanguage) {
          await i18n.changeLanguage(locale);
        }
        setSaved(true);
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <section aria-labelledby="profile-heading">
      <Title order={2} id="profile-heading" mb="md">
        {t('account.profileTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert message={serverErrors.message} />
          <FormAlert tone="success" message={saved ? t('account.profileSaved') : undefined} />
          <TextInput
            label={t('account.displayName')}
            name="displayName"
            autoComplete="nickname"
            required
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label={t('account.pronouns')}
            description={t('account.pronounsHint')}
            name="pronouns"
            key={form.key('pronouns')}
            {...form.getInputProps('pronouns')}
          />
          <Textarea
            label={t('account.bio')}
            description={t('account.bioHint')}
            name="bio"
            rows={4}
            key={form.key('bio')}
            {...form.getInputProps('bio')}
          />
          <NativeSelect label={t('account.locale')} name="locale" key={form.key('locale')} {...form.getInputProps('locale')}>
            {languages.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.name}
              </option>
            ))}
          </NativeSelect>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('account.saveProfile')}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
