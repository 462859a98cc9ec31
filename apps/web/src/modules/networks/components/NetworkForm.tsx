import {
  Button,
  Checkbox,
  Fieldset,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionSelect } from './RegionSelect';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError } from '../../../ui/focus-first-error';
import { useServerErrors } from '../../../ui/use-server-errors';
import {
  kindHint,
  kindLabel,
  NETWORK_KINDS,
  SCOPES,
  scopeLabel,
  SECTORS,
  sectorLabel,
  VISIBILITIES,
  visibilityHint,
  visibilityLabel,
} from '../utils/network-enums';
import { latitudeRule, longitudeRule, nameRule, websiteRule } from '../utils/network-form-rules';
import { NETWORK_FORM_FIELDS, type NetworkFormValues } from '../utils/network-form-values';

interface NetworkFormProps {
  initialValues: NetworkFormValues;
  submitLabel: string;
  /** Throws what the mutation threw; the form shows it. */
  onSave: (values: NetworkFormValues) => Promise<void>;
  /** Shown after a save that stays on the page (manage). */
  savedMessage?: string;
}

const MORE_DETAILS_ID = 'network-form-more-details';
const COORDINATE_FIELDS = ['area.latitude', 'area.longitude'];
const legendStyles = { legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 8 } };

/** The register and manage form: same fields, same names as the API's input. */
export function NetworkForm({ initialValues, submitLabel, onSave, savedMessage }: NetworkFormProps) {
  const { t } = useTranslation('networks');
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const form = useForm<NetworkFormValues>({
    mode: 'uncontrolled',
    initialValues,
    validate: {
      name: nameRule(t),
      website: websiteRule(t),
      area: { latitude: latitudeRule(t), longitude: longitudeRule(t) },
    },
  });
  // Latitude and longitude sit in a collapsed section: open it before focusing a problem there.
  const revealCoordinates = useCallback((errors: Record<string, unknown>) => {
    const more = document.getElementById(MORE_DETAILS_ID);
    if (more instanceof HTMLDetailsElement && Object.keys(errors).some((field) => COORDINATE_FIELDS.includes(field))) more.open = true;
  }, []);
  const serverErrors = useServerErrors(form, NETWORK_FORM_FIELDS, revealCoordinates);

  const submit = form.onSubmit(
    async (values) => {
      serverErrors.clearError();
      setSaved(false);
      setSaving(true);
      try {
        await onSave(values);
        setSaved(true);
      } catch (error) {
        serverErrors.showError(error);
      } finally {
        setSaving(false);
      }
    },
    (errors) => {
      revealCoordinates(errors);
      focusFirstError(form, errors);
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <FormAlert message={serverErrors.message} />
        <FormAlert tone="success" message={saved && savedMessage ? savedMessage : undefined} />

        <Stack gap="md" component="section" aria-labelledby="network-form-basics">
          <Title order={2} id="network-form-basics" fz="h3">
            {t('networks.form.basicsTitle')}
          </Title>
          <TextInput label={t('networks.form.name')} name="name" required key={form.key('name')} {...form.getInputProps('name')} />
          <Fieldset legend={t('networks.form.kind')} variant="unstyled" styles={legendStyles}>
            <Radio.Group name="kind" key={form.key('kind')} {...form.getInputProps('kind')}>
              <Stack gap="sm">
                {NETWORK_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={kindLabel(t, kind)} description={kindHint(t, kind)} />
                ))}
              </Stack>
            </Radio.Group>
          </Fieldset>
          <Textarea
            label={t('networks.form.purpose')}
            description={t('networks.form.purposeHint')}
            name="purpose"
            rows={3}
            key={form.key('purpose')}
            {...form.getInputProps('purpose')}
          />
          <Textarea
            label={t('networks.form.values')}
            description={t('networks.form.valuesHint')}
            name="values"
            rows={3}
            key={form.key('values')}
            {...form.getInputProps('values')}
          />
          <Textarea
            label={t('networks.form.description')}
            description={t('networks.form.descriptionHint')}
            name="description"
            rows={4}
            key={form.key('description')}
            {...form.getInputProps('description')}
          />
          <TagsInput
            label={t('networks.form.themes')}
            description={t('networks.form.themesHint')}
            name="themes"
            maxTags={20}
            clearable={false}
            key={form.key('themes')}
            {...form.getInputProps('themes')}
          />
          <Fieldset legend={t('networks.form.sectors')} variant="unstyled" styles={legendStyles}>
            <Checkbox.Group description={t('networks.form.sectorsHint')} key={form.key('sectors')} {...form.getInputProps('sectors')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {SECTORS.map((sector) => (
                  <Checkbox key={sector} name="sectors" value={sector} label={sectorLabel(t, sector)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Fieldset>
        </Stack>

        <Stack gap="md" component="section" aria-labelledby="network-form-where">
          <Title order={2} id="network-form-where" fz="h3">
            {t('networks.form.whereTitle')}
          </Title>
          <TextInput
            label={t('networks.form.placeName')}
            description={t('networks.form.placeNameHint')}
            name="area.placeName"
            key={form.key('area.placeName')}
            {...form.getInputProps('area.placeName')}
          />
          <RegionSelect name="area.region" key={form.key('area.region')} {...form.getInputProps('area.region')} />
          <details id={MORE_DETAILS_ID} open={initialValues.area.latitude !== '' || initialValues.area.longitude !== ''}>
            <Text component="summary" fw={600} style={{ cursor: 'pointer' }}>
              {t('networks.form.moreDetails')}
            </Text>
            <Stack gap="md" mt="sm">
              <Text size="sm" c="dimmed" id="coordinates-hint">
                {t('networks.form.coordinatesHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('networks.form.latitude')}
                  name="area.latitude"
                  inputMode="decimal"
                  aria-describedby="coordinates-hint"
                  key={form.key('area.latitude')}
                  {...form.getInputProps('area.latitude')}
                />
                <TextInput
                  label={t('networks.form.longitude')}
                  name="area.longitude"
                  inputMode="decimal"
                  aria-describedby="coordinates-hint"
                  key={form.key('area.longitude')}
                  {...form.getInputProps('area.longitude')}
                />
              </SimpleGrid>
            </Stack>
          </details>
          <NativeSelect label={t('networks.form.scope')} name="scope" key={form.key('scope')} {...form.getInputProps('scope')}>
            {SCOPES.map((scope) => (
              <option key={scope} value={scope}>
                {scopeLabel(t, scope)}
              </option>
            ))}
          </NativeSelect>
        </Stack>

        <Fieldset legend={t('networks.form.visibility')} variant="unstyled" styles={legendStyles}>
          <Radio.Group name="visibility" key={form.key('visibility')} {...form.getInputProps('visibility')}>
            <Stack gap="sm">
              {VISIBILITIES.map((visibility) => (
                <Radio
                  key={visibility}
                  value={visibility}
                  label={visibilityLabel(t, visibility)}
                  description={visibilityHint(t, visibility)}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Fieldset>

        <Stack gap="md" component="section" aria-labelledby="network-form-contact">
          <Title order={2} id="network-form-contact" fz="h3">
            {t('networks.form.contactTitle')}
          </Title>
          <TextInput
            label={t('networks.form.website')}
            description={t('networks.form.websiteHint')}
            name="website"
            type="url"
            autoComplete="url"
            key={form.key('website')}
            {...form.getInputProps('website')}
          />
          <TextInput
            label={t('networks.form.contact')}
            description={t('networks.form.contactHint')}
            name="contact"
            key={form.key('contact')}
            {...form.getInputProps('contact')}
          />
        </Stack>

        <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
