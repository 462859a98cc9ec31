import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { routes } from '../../../app/routes';
import type { FeedbackStage, GatheringFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorReason } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { GatheringGate } from '../../gatherings';
import { FeedbackFormView } from '../components/FeedbackFormView';
import { FeedbackFormQuery } from '../graphql/feedback-form.query';

function Feedback({ gathering, stage }: { gathering: GatheringFieldsFragment; stage: FeedbackStage }) {
  const { t } = useTranslation('feedback');
  const before = stage === 'BEFORE';
  const title = t(before ? 'feedback.titleBefore' : 'feedback.title', { title: gathering.title });
  usePageTitle(title);
  const { data, loading, error, refetch } = useQuery(FeedbackFormQuery, {
    variables: { gatheringId: gathering.id, stage },
    fetchPolicy: 'cache-and-network',
  });
  const form = data?.feedbackForm;
  const refused = graphQLErrorReason(error) === 'FeedbackNotParticipant';
  const shut =
    form && !form.open && (before && !form.asksBefore ? 'feedback.beforeNotAsked' : form.closesAt ? 'feedback.closed' : 'feedback.notYet');
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{title}</Title>
        <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always">
          {t('feedback.back')}
        </Anchor>
      </div>
      {loading && !data && <LoadingState />}
      {refused && <Alert color="gray">{t('feedback.notParticipant')}</Alert>}
      {error && !data && !refused && <ErrorState error={error} onRetry={() => void refetch()} />}
      {form?.viewerIsConvener && (
        <Alert color="blue">
          <Text>{t('feedback.convenerNote')}</Text>
          <Anchor
            component={Link}
            to={routes.feedbackResults({ slug: gathering.slug, stage: before ? 'before' : null })}
            underline="always"
          >
            {t('feedback.seeResults')}
          </Anchor>
        </Alert>
      )}
      {shut && <Alert color="gray">{t(shut)}</Alert>}
      {form?.open && form.viewerMayAnswer && (
        <>
          <Text size="lg">{t(before ? 'feedback.introBefore' : 'feedback.intro')}</Text>
          <FeedbackFormView key={`${form.gatheringId}-${form.stage}`} form={form} />
        </>
      )}
    </Stack>
  );
}

/** /gatherings/:slug/feedback (?stage=before) — a participant's feedback form; conveners find their results from here. */
export function FeedbackPage() {
  const [search] = useSearchParams();
  const stage: FeedbackStage = search.get('stage') === 'before' ? 'BEFORE' : 'AFTER';
  return (
    <Container size="md" py="xl">
      <GatheringGate signedIn>{({ gathering }) => <Feedback gathering={gathering} stage={stage} />}</GatheringGate>
    </Container>
  );
}
