import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError } from '../../../ui/focus-first-error';
import { useServerErrors } from '../../../ui/use-server-errors';
import {
  ACCESS_FEATURE_ICONS,
  ACCESS_FEATURES,
  accessFeatureLabel,
  FORMATS,
  formatHint,
  formatLabel,
  hasOnlineLink,
  hasVenue,
  modeHint,
  modeLabel,
  REGISTRATION_MODES,
} from '../utils/gathering-enums';
import { changesTimeOrPlace, GATHERING_FORM_FIELDS, parseCapacity, type GatheringFormValues } from '../utils/gathering-form-values';
import { isLocalDateTime, timeZoneChoices } from '../utils/zoned-time';
import { routes } from '../../../app/routes';

export interface ConveningOption {
  id: string;
  name: string;
}

interface GatheringFormProps {
  initialValues: GatheringFormValues;
  submitLabel: string;
  /** Networks the viewer may convene with; omitted when editing (conveners do not change). */
  conveningOptions?: ConveningOption[];
  /** Editing a gathering people may have registered for: warn before time or place changes. */
  warnOnTimeOrPlace?: boolean;
  /** Throws what the mutation threw; the form shows it. */
  onSave: (values: GatheringFormValues) => Promise<void>;
}

const legendStyles = { legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 8 } };

/** The create and edit form: same fields, same names as the API's input. */
export function GatheringForm({ initialValues, submitLabel, conveningOptions, warnOnTimeOrPlace, onSave }: GatheringFormProps) {
  const { t } = useTranslation('gatherings');
  const [saving, setSaving] = useState(false);
  const zones = useMemo(() => timeZoneChoices(), []);
  const form = useForm<GatheringFormValues>({
    // Controlled: the venue and link fields follow the chosen format as people pick it.
    mode: 'controlled',
    initialValues,
    validate: {
      title: (value) => (value.trim() ? null : t('validation.required')),
      startsAt: (value) => (isLocalDateTime(value) ? null : t('validation.dateTimeNeeded')),
      endsAt: (value) => (isLocalDateTime(value) ? null : t('validation.dateTimeNeeded')),
      timeZone: (value) => (value ? null : t('validation.required')),
      capacity: (value) => {
        const capacity = parseCapacity(value);
        return capacity === null || (Number.isInteger(capacity) && capacity > 0) ? null : t('gatherings.form.capacityInvalid');
      },
      convenedByNetworkIds: (value) => (conveningOptions && value.length === 0 ? t('gatherings.form.conveningNeeded') : null),
    },
  });
  const serverErrors = useServerErrors(form, GATHERING_FORM_FIELDS);
  const { values } = form;

  const submit = form.onSubmit(
    async (submitted) => {
      serverErrors.clearError();
      setSaving(true);
      try {
        await onSave(submitted);
      } catch (error) {
        serverErrors.showError(error);
      } finally {
        setSaving(false);
      }
    },
    (errors) => focusFirstError(form, errors),
  );

  const noNetworks = conveningOptions?.length === 0;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <FormAlert message={serverErrors.message} />

        <Stack gap="md" component="section" aria-labelledby="gathering-form-what">
          <Title order={2} id="gathering-form-what" fz="h3">
            {t('gatherings.form.whatTitle')}
          </Title>
          <TextInput label={t('gatherings.form.title')} name="title" required {...form.getInputProps('title')} />
          <Textarea
            label={t('gatherings.form.purpose')}
            description={t('gatherings.form.purposeHint')}
            name="purpose"
            rows={3}
            {...form.getInputProps('purpose')}
          />
        </Stack>

        <Stack gap="md" component="section" aria-labelledby="gathering-form-where">
          <Title order={2} id="gathering-form-where" fz="h3">
            {t('gatherings.form.whereTitle')}
          </Title>
          <Fieldset legend={t('gatherings.form.format')} variant="unstyled" styles={legendStyles}>
            <Radio.Group name="format" {...form.getInputProps('format')}>
              <Stack gap="sm">
                {FORMATS.map((format) => (
                  <Radio key={format} value={format} label={formatLabel(t, format)} description={formatHint(t, format)} />
                ))}
              </Stack>
            </Radio.Group>
          </Fieldset>
          {hasVenue(values.format) && (
            <Textarea
              label={t('gatherings.form.venue')}
              description={t('gatherings.form.venueHint')}
              name="venue"
              rows={2}
              {...form.getInputProps('venue')}
            />
          )}
          {hasOnlineLink(values.format) && (
            <TextInput
              label={t('gatherings.form.onlineUrl')}
              description={t('gatherings.form.onlineUrlHint')}
              name="onlineUrl"
              type="url"
              {...form.getInputProps('onlineUrl')}
            />
          )}
        </Stack>

        <Stack gap="md" component="section" aria-labelledby="gathering-form-when">
          <Title order={2} id="gathering-form-when" fz="h3">
            {t('gatherings.form.whenTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              type="datetime-local"
              label={t('gatherings.form.startsAt')}
              name="startsAt"
              required
              {...form.getInputProps('startsAt')}
            />
            <TextInput type="datetime-local" label={t('gatherings.form.endsAt')} name="endsAt" required {...form.getInputProps('endsAt')} />
          </SimpleGrid>
          <Select
            label={t('gatherings.form.timeZone')}
            description={t('gatherings.form.timeZoneHint')}
            name="timeZone"
            data={zones}
            searchable
            allowDeselect={false}
            limit={50}
            nothingFoundMessage={t('gatherings.form.noTimeZone')}
            required
            {...form.getInputProps('timeZone')}
          />
          {warnOnTimeOrPlace && changesTimeOrPlace(initialValues, values) && (
            <Alert color="yellow" variant="light" role="status" data-testid="time-or-place-warning">
              {t('gatherings.form.timeOrPlaceWarning')}
            </Alert>
          )}
        </Stack>

        <Stack gap="md" component="section" aria-labelledby="gathering-form-places">
          <Title order={2} id="gathering-form-places" fz="h3">
            {t('gatherings.form.placesTitle')}
          </Title>
          <TextInput
            label={t('gatherings.form.capacity')}
            description={t('gatherings.form.capacityHint')}
            name="capacity"
            inputMode="numeric"
            {...form.getInputProps('capacity')}
          />
          <Fieldset legend={t('gatherings.form.registrationMode')} variant="unstyled" styles={legendStyles}>
            <Radio.Group name="registrationMode" {...form.getInputProps('registrationMode')}>
              <Stack gap="sm">
                {REGISTRATION_MODES.map((mode) => (
                  <Radio key={mode} value={mode} label={modeLabel(t, mode)} description={modeHint(t, mode)} />
                ))}
              </Stack>
            </Radio.Group>
          </Fieldset>
        </Stack>

        <Stack gap="md" component="section" aria-labelledby="gathering-form-access">
          <Title order={2} id="gathering-form-access" fz="h3">
            {t('gatherings.form.accessTitle')}
          </Title>
          <Fieldset legend={t('gatherings.form.accessFeatures')} variant="unstyled" styles={legendStyles}>
            <Checkbox.Group description={t('gatherings.form.accessFeaturesHint')} {...form.getInputProps('accessFeatures')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {ACCESS_FEATURES.map((feature) => (
                  <Checkbox
                    key={feature}
                    name="accessFeatures"
                    value={feature}
                    label={
                      <>
                        <span aria-hidden="true">{ACCESS_FEATURE_ICONS[feature]} </span>
                        {accessFeatureLabel(t, feature)}
                      </>
                    }
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Fieldset>
          <Textarea
            label={t('gatherings.form.accessNotes')}
            description={t('gatherings.form.accessNotesHint')}
            name="accessNotes"
            rows={3}
            {...form.getInputProps('accessNotes')}
          />
        </Stack>

        {conveningOptions && (
          <Fieldset legend={t('gatherings.form.convenedBy')} variant="unstyled" styles={legendStyles}>
            {noNetworks ? (
              <Stack gap="xs" data-testid="no-convening-networks">
                <Text size="sm">{t('gatherings.form.noConveningNetworks')}</Text>
                <Anchor component={Link} to={routes.registerNetwork()} underline="always" size="sm">
                  {t('gatherings.form.registerNetwork')}
                </Anchor>
              </Stack>
            ) : (
              <Checkbox.Group description={t('gatherings.form.convenedByHint')} {...form.getInputProps('convenedByNetworkIds')}>
                <Stack gap="xs" mt="xs">
                  {conveningOptions.map((network) => (
                    <Checkbox key={network.id} name="convenedByNetworkIds" value={network.id} label={network.name} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </Fieldset>
        )}

        <Button type="submit" loading={saving} disabled={noNetworks} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
