import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import { FeedbackFormQuery } from '../graphql/feedback-form.query';

/**
 * The way to a closed gathering's feedback (on its harvest page): the form for people who had a place,
 * the results for its conveners; nothing for anyone else, or before it has closed.
 */
export function FeedbackLink({ gatheringId, slug, closed }: { gatheringId: string; slug: string; closed: boolean }) {
  const { t } = useTranslation('feedback');
  const { data } = useQuery(FeedbackFormQuery, { variables: { gatheringId, stage: 'AFTER' }, skip: !closed, errorPolicy: 'all' });
  const form = data?.feedbackForm;
  if (!form) return null;
  if (form.viewerIsConvener)
    return (
      <Button component={Link} to={routes.feedbackResults({ slug })} variant="light" className="no-print">
        {t('feedback.seeResults')}
      </Button>
    );
  if (!form.viewerMayAnswer) return null;
  return (
    <Button component={Link} to={routes.feedback({ slug })} className="no-print" data-testid="feedback-link">
      {t('feedback.linkAnswer')}
    </Button>
  );
}
