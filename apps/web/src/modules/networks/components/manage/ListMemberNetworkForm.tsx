import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Fieldset, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionSelect } from '../RegionSelect';
import { Link } from 'react-router';
import type { NetworkKind } from '../../../../gql/graphql';
import { FormAlert } from '../../../../ui/FormAlert';
import { focusFirstError } from '../../../../ui/focus-first-error';
import { useServerErrors } from '../../../../ui/use-server-errors';
import { ListNetworkMutation } from '../../graphql/list-network.mutation';
import { isRegion, kindLabel, NETWORK_KINDS } from '../../utils/network-enums';
import { nameRule, websiteRule } from '../../utils/network-form-rules';
import { refetchManagedNetwork, type ManagedNetwork } from './manage-network.types';
import { routes } from '../../../../app/routes';

const FIELDS = ['name', 'kind', 'website', 'area.placeName', 'area.region'] as const;
const legendStyles = { legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 8 } };
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

interface Values {
  name: string;
  kind: NetworkKind;
  website: string;
  area: { placeName: string; region: string };
}

/** Lists a member network that is not on Weave yet; its own people can claim it later. */
export function ListMemberNetworkForm({ network }: { network: ManagedNetwork }) {
  const { t } = useTranslation('networks');
  const [listed, setListed] = useState<{ name: string; slug: string }>();
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { name: '', kind: 'NETWORK', website: '', area: { placeName: '', region: '' } },
    validate: { name: nameRule(t), website: websiteRule(t) },
  });
  const serverErrors = useServerErrors(form, FIELDS);
  const [listNetwork, { loading }] = useMutation(ListNetworkMutation, refetchManagedNetwork);

  const submit = form.onSubmit(
    async (values) => {
      serverErrors.clearError();
      setListed(undefined);
      try {
        const placeName = optional(values.area.placeName);
        const region = isRegion(values.area.region) ? values.area.region : undefined;
        const { data } = await listNetwork({
          variables: {
            input: {
              name: values.name.trim(),
              kind: values.kind,
              website: optional(values.website),
              area: placeName || region ? { placeName, region } : undefined,
              memberOfNetworkId: network.id,
            },
          },
        });
        if (data) setListed({ name: data.listNetwork.name, slug: data.listNetwork.slug });
        form.reset();
      } catch (error) {
        serverErrors.showError(error);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="list-network-heading">
      <Title order={2} id="list-network-heading" fz="h3">
        {t('networks.manage.list.title')}
      </Title>
      <Text size="sm">{t('networks.manage.list.intro', { name: network.name })}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert message={serverErrors.message} />
          {listed && <FormAlert tone="success" message={t('networks.manage.list.listed', { name: listed.name, network: network.name })} />}
          {listed && (
            <Anchor component={Link} to={routes.network({ slug: listed.slug })} underline="always" size="sm">
              {t('networks.manage.list.viewListing', { name: listed.name })}
            </Anchor>
          )}
          <TextInput label={t('networks.form.name')} name="name" required key={form.key('name')} {...form.getInputProps('name')} />
          <Fieldset legend={t('networks.form.kind')} variant="unstyled" styles={legendStyles}>
            <Radio.Group name="list-kind" key={form.key('kind')} {...form.getInputProps('kind')}>
              <Stack gap="xs">
                {NETWORK_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={kindLabel(t, kind)} />
                ))}
              </Stack>
            </Radio.Group>
          </Fieldset>
          <TextInput
            label={t('networks.form.website')}
            description={t('networks.form.websiteHint')}
            name="website"
            type="url"
            key={form.key('website')}
            {...form.getInputProps('website')}
          />
          <TextInput
            label={t('networks.form.placeName')}
            description={t('networks.form.placeNameHint')}
            name="area.placeName"
            key={form.key('area.placeName')}
            {...form.getInputProps('area.placeName')}
          />
          <RegionSelect name="area.region" key={form.key('area.region')} {...form.getInputProps('area.region')} />
          <Button type="submit" loading={loading} variant="outline" style={{ alignSelf: 'flex-start' }}>
            {t('networks.manage.list.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
