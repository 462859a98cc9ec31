import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { routes } from '../../../app/routes';
import type { FeedbackStage, GatheringFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { GatheringGate } from '../../gatherings';
import { OwnQuestions } from '../components/OwnQuestions';
import { NewPeople, ScalesTable, SeriesChange, WrittenAnswers } from '../components/ResultsTables';
import { FeedbackResultsQuery } from '../graphql/feedback-results.query';

function Results({ gathering, stage }: { gathering: GatheringFieldsFragment; stage: FeedbackStage }) {
  const { t, i18n } = useTranslation('feedback');
  const title = t('feedback.results.title', { title: gathering.title });
  usePageTitle(title);
  const { data, loading, error, refetch } = useQuery(FeedbackResultsQuery, {
    variables: { gatheringId: gathering.id, stage },
    fetchPolicy: 'cache-and-network',
  });
  const results = data?.feedbackResults;
  const percent = (rate: number) =>
    new Intl.NumberFormat(i18n.language.startsWith('cy') ? 'cy' : 'en-GB', { style: 'percent' }).format(rate);
  const other = stage === 'AFTER' ? 'before' : null;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{title}</Title>
        <Group gap="md">
          <Anchor component={Link} to={routes.gathering({ slug: gathering.slug })} underline="always">
            {t('feedback.back')}
          </Anchor>
          {/* The before form's results, where this gathering asked one (it starts its series). */}
          {(!other || results?.series?.startGatheringSlug === gathering.slug) && (
            <Anchor component={Link} to={routes.feedbackResults({ slug: gathering.slug, stage: other })} underline="always">
              {t(other ? 'feedback.results.stageBefore' : 'feedback.results.stageAfter')}
            </Anchor>
          )}
        </Group>
        <Text c="dimmed">{t(stage === 'AFTER' ? 'feedback.results.stageAfter' : 'feedback.results.stageBefore')}</Text>
      </div>
      {loading && !data && <LoadingState />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {results && !results.enoughAnswers && (
        <Alert color="gray" data-testid="feedback-too-few">
          {t('feedback.results.tooFew', { count: results.fewestShown })}
        </Alert>
      )}
      {results?.enoughAnswers && results.answered != null && (
        <Text size="lg" data-testid="feedback-rate">
          {t('feedback.results.rate', {
            answered: results.answered,
            participants: results.participants,
            percent: results.responseRate != null ? percent(results.responseRate) : '–',
          })}
        </Text>
      )}
      {results?.enoughAnswers && <ScalesTable results={results} />}
      {results?.enoughAnswers && stage === 'AFTER' && <NewPeople results={results} />}
      {results?.enoughAnswers && <WrittenAnswers results={results} />}
      {results?.series && <SeriesChange series={results.series} fewestShown={results.fewestShown} />}
      {stage === 'AFTER' && results && <OwnQuestions gatheringId={gathering.id} />}
    </Stack>
  );
}

/** /gatherings/:slug/feedback/results (?stage=before) — a form's results for the gathering's conveners, without names. */
export function FeedbackResultsPage() {
  const [search] = useSearchParams();
  const stage: FeedbackStage = search.get('stage') === 'before' ? 'BEFORE' : 'AFTER';
  return (
    <Container size="lg" py="xl">
      <GatheringGate signedIn>{({ gathering }) => <Results gathering={gathering} stage={stage} />}</GatheringGate>
    </Container>
  );
}
