import { useMutation } from '@apollo/client/react';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { GatheringFieldsFragment } from '../../../gql/graphql';
import { usePageTitle } from '../../../ui/use-page-title';
import { FollowUpForm } from '../components/FollowUpForm';
import { GatheringGate } from '../components/GatheringGate';
import { CreateFollowUpMutation } from '../graphql/create-follow-up.mutation';
import { routes } from '../../../app/routes';

function PlanFollowUp({ gathering }: { gathering: GatheringFieldsFragment }) {
  const { t } = useTranslation('gatherings');
  const navigate = useNavigate();
  const [createFollowUp] = useMutation(CreateFollowUpMutation);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('gatherings.followUp.planTitle', { title: gathering.title })}</Title>
        <Text mt="xs">{t('gatherings.followUp.planIntro')}</Text>
        <Anchor component={Link} to={routes.gatheringDashboard({ slug: gathering.slug })} underline="always">
          {t('gatherings.followUp.backToDashboard')}
        </Anchor>
      </div>
      <FollowUpForm
        initialTitle={t('gatherings.followUp.defaultTitle', { title: gathering.title })}
        submitLabel={t('gatherings.followUp.submit')}
        onSave={async (fields) => {
          const { data } = await createFollowUp({ variables: { input: { ...fields, followUpOfId: gathering.id } } });
          if (data) void navigate(routes.gathering({ slug: data.createFollowUp.slug }));
        }}
      />
    </Stack>
  );
}

/** /gatherings/:slug/follow-up — conveners plan a follow-up: online and unlimited unless they say otherwise. */
export function PlanFollowUpPage() {
  const { t } = useTranslation('gatherings');
  usePageTitle(t('gatherings.followUp.pageTitle'));
  return (
    <Container size="sm" py="xl">
      <GatheringGate signedIn>
        {({ gathering }) =>
          gathering.viewerIsConvener ? (
            <PlanFollowUp gathering={gathering} />
          ) : (
            <Stack gap="md">
              <Title order={1}>{t('gatherings.followUp.forbiddenTitle')}</Title>
              <Text>{t('gatherings.followUp.forbiddenBody')}</Text>
              <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always">
                {t('gatherings.dashboard.back')}
              </Anchor>
            </Stack>
          )
        }
      </GatheringGate>
    </Container>
  );
}
