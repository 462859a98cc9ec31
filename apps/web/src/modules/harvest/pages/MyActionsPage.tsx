import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Checkbox, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { MyActionsQuery as MyActionsData } from '../../../gql/graphql';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { MarkActionDoneMutation } from '../graphql/mark-action-done.mutation';
import { MyActionsQuery } from '../graphql/my-actions.query';
import { formatDate } from '../../../ui/dates';
import { routes } from '../../../app/routes';

type MyAction = MyActionsData['myActions'][number];

function ActionItem({ action, busy, onDone }: { action: MyAction; busy: boolean; onDone: (done: boolean) => void }) {
  const { t, i18n } = useTranslation('harvest');
  return (
    <Paper withBorder p="sm" component="li" data-testid="my-action">
      <Stack gap={4}>
        <Checkbox
          label={action.what}
          checked={action.done}
          disabled={busy}
          onChange={(event) => onDone(event.currentTarget.checked)}
          description={action.dueOn ? t('myActions.due', { date: formatDate(action.dueOn, i18n.language) }) : t('myActions.noDate')}
        />
        <Text size="sm">
          {t('myActions.from', { session: action.sessionTitle })}{' '}
          <Anchor component={Link} to={routes.gatheringHarvest({ slug: action.gatheringSlug })} underline="always">
            {action.gatheringTitle}
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}

function MyActions() {
  const { t } = useTranslation('harvest');
  const status = useActionStatus();
  const { data, loading, error, refetch } = useQuery(MyActionsQuery, { fetchPolicy: 'cache-and-network' });
  // A MyAction and the Action it marks are different types in the cache: the list is read again.
  const [markDone] = useMutation(MarkActionDoneMutation, { refetchQueries: [{ query: MyActionsQuery }], awaitRefetchQueries: true });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const actions = data?.myActions ?? [];
  const open = actions.filter((a) => !a.done);
  const done = actions.filter((a) => a.done);
  const item = (action: MyAction) => (
    <ActionItem
      key={action.id}
      action={action}
      busy={status.pending === action.id}
      onDone={(on) =>
        void status.run(
          action.id,
          () => markDone({ variables: { input: { actionId: action.id, done: on } } }),
          on ? t('myActions.markedDone', { what: action.what }) : t('myActions.markedOpen', { what: action.what }),
        )
      }
    />
  );
  return (
    <Stack gap="lg">
      <ActionStatusAlert status={status.status} />
      {actions.length === 0 && <Text data-testid="no-actions">{t('myActions.empty')}</Text>}
      {open.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="open-actions-heading">
          <Title order={2} id="open-actions-heading">
            {t('myActions.open', { count: open.length })}
          </Title>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {open.map(item)}
          </Stack>
        </Stack>
      )}
      {done.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="done-actions-heading">
          <Title order={2} id="done-actions-heading">
            {t('myActions.done', { count: done.length })}
          </Title>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {done.map(item)}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}

/** /my/actions — the actions the signed-in person owns, across gatherings; ticking one marks it done. */
export function MyActionsPage() {
  const { t } = useTranslation('harvest');
  usePageTitle(t('myActions.title'));
  const { person, loading } = useCurrentPerson();
  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.myActions() })} replace />;
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Title order={1}>{t('myActions.title')}</Title>
        {loading ? <LoadingState /> : <MyActions />}
      </Stack>
    </Container>
  );
}
