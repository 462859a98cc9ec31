import { useMutation } from '@apollo/client/react';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { usePageTitle } from '../../../ui/use-page-title';
import { GatheringForm } from '../components/GatheringForm';
import { GatheringGate } from '../components/GatheringGate';
import { UpdateGatheringMutation } from '../graphql/update-gathering.mutation';
import { formValuesToUpdateInput, gatheringToFormValues, type GatheringFormValues } from '../utils/gathering-form-values';
import { routes } from '../../../app/routes';

function EditGathering({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('gatherings');
  const navigate = useNavigate();
  const [updateGathering] = useMutation(UpdateGatheringMutation);
  const pagePath = routes.gathering({ slug: gathering.slug });

  if (!gathering.viewerIsConvener) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('gatherings.edit.forbiddenTitle')}</Title>
        <Text>{t('gatherings.edit.forbiddenBody')}</Text>
        <Anchor component={Link} to={pagePath} underline="always">
          {t('gatherings.edit.back')}
        </Anchor>
      </Stack>
    );
  }

  const save = async (values: GatheringFormValues) => {
    await updateGathering({ variables: { input: formValuesToUpdateInput(gathering.id, values) } });
    void navigate(pagePath);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('gatherings.edit.title', { title: gathering.title })}</Title>
        <Anchor component={Link} to={pagePath} underline="always">
          {t('gatherings.edit.back')}
        </Anchor>
      </div>
      <GatheringForm
        key={gathering.id}
        initialValues={gatheringToFormValues(gathering)}
        submitLabel={t('gatherings.edit.submit')}
        warnOnTimeOrPlace={gathering.status !== 'DRAFT'}
        onSave={save}
      />
    </Stack>
  );
}

export function EditGatheringPage() {
  const { t } = useTranslation('gatherings');
  usePageTitle(t('gatherings.edit.pageTitle'));
  return (
    <Container size="sm" py="xl">
      <GatheringGate signedIn>{({ gathering }) => <EditGathering gathering={gathering} />}</GatheringGate>
    </Container>
  );
}
