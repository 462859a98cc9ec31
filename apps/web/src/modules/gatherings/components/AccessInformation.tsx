import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccessFeature } from '../../../gql/graphql';
import { ACCESS_FEATURE_ICONS, ACCESS_FEATURES, accessFeatureLabel } from '../utils/gathering-enums';

interface AccessInformationProps {
  features: readonly AccessFeature[];
  notes: string;
}

export function AccessInformation({ features, notes }: AccessInformationProps) {
  const { t } = useTranslation('gatherings');
  // Listed in the same order as the form, whatever order they were saved in.
  const ordered = ACCESS_FEATURES.filter((feature) => features.includes(feature));
  return (
    <Stack gap="xs" component="section" aria-labelledby="gathering-access-heading">
      <Title order={2} id="gathering-access-heading">
        {t('gatherings.page.accessTitle')}
      </Title>
      {ordered.length > 0 ? (
        <List listStyleType="none" spacing={4} p={0} data-testid="access-features">
          {ordered.map((feature) => (
            <List.Item key={feature}>
              <Group gap="xs" wrap="nowrap">
                <span aria-hidden="true">{ACCESS_FEATURE_ICONS[feature]}</span>
                <Text>{accessFeatureLabel(t, feature)}</Text>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{t('gatherings.page.noAccessFeatures')}</Text>
      )}
      {notes && <Text style={{ whiteSpace: 'pre-line' }}>{notes}</Text>}
    </Stack>
  );
}
