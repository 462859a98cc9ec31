import { useQuery } from '@apollo/client/react';
import { Button, Container, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { routes } from '../../../app/routes';
import type { AuditAction } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { AuditEventsTable } from '../components/AuditEventsTable';
import { AuditEventsQuery } from '../graphql/audit-events.query';

export const AUDIT_PAGE_SIZE = 25;

/** The kinds of act, in the order the filter offers them. */
const AUDIT_ACTIONS: readonly AuditAction[] = [
  'ROLE_GRANTED',
  'ROLE_ENDED',
  'ROLE_HANDED_OVER',
  'CLAIM_DECIDED',
  'NETWORK_CLOSED',
  'REGISTRATION_DECIDED',
  'CHECK_IN_TICKED',
  'CHECK_IN_UNTICKED',
  'EXPORT_DOWNLOADED',
  'POST_HIDDEN',
];

function AuditTrail() {
  const { t } = useTranslation('admin');
  const [action, setAction] = useState<AuditAction | ''>('');
  // The cursor each page was read from: the trail pages forward (newest first), and back through this list.
  const [afters, setAfters] = useState<(string | null)[]>([null]);
  const page = afters.length;
  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsQuery, {
    variables: { first: AUDIT_PAGE_SIZE, after: afters[page - 1], action: action || null },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.auditEvents;

  const filter = (
    <NativeSelect
      label={t('admin.audit.filterLabel')}
      value={action}
      onChange={(event) => {
        setAction(event.currentTarget.value as AuditAction | '');
        setAfters([null]);
      }}
      data={[
        { value: '', label: t('admin.audit.allActions') },
        ...AUDIT_ACTIONS.map((value) => ({ value, label: t(`admin.audit.actions.${value}`) })),
      ]}
      maw={360}
    />
  );

  if (error && !shown) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!shown) return <LoadingState />;
  const events = shown.edges.map((edge) => edge.node);
  return (
    <Stack gap="md">
      {filter}
      {events.length === 0 ? (
        <Text c="dimmed">{action ? t('admin.audit.noneOfKind') : t('admin.audit.none')}</Text>
      ) : (
        <AuditEventsTable
          events={events}
          // Until the page asked for arrives, the rows are the last page's: the caption says so rather than misname them.
          caption={data ? t('admin.audit.caption', { page, count: shown.totalCount }) : t('admin.audit.loadingPage', { page })}
          busy={!data}
        />
      )}
      {loading && <LoadingState />}
      {(page > 1 || shown.pageInfo.hasNextPage) && (
        <Group gap="xs">
          <Button variant="outline" disabled={page === 1} onClick={() => setAfters(afters.slice(0, -1))}>
            {t('admin.audit.newer')}
          </Button>
          <Button
            variant="outline"
            disabled={!shown.pageInfo.hasNextPage || loading}
            onClick={() => setAfters([...afters, shown.pageInfo.endCursor])}
          >
            {t('admin.audit.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The audit trail of consequential acts, for platform admins: a table, newest first, a page at a time. */
export function AdminAuditPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('admin.audit.title'));
  const { person, loading } = useCurrentPerson();
  if (!loading && !person) return <Navigate to={routes.signIn({ next: routes.adminAudit() })} replace />;
  return (
    <Container size="lg" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>{t('admin.audit.title')}</Title>
          <Text mt="xs">{t('admin.audit.intro')}</Text>
        </div>
        {loading && <LoadingState />}
        {person && !person.isPlatformAdmin && <Text>{t('admin.audit.forbidden')}</Text>}
        {person?.isPlatformAdmin && <AuditTrail />}
      </Stack>
    </Container>
  );
}
