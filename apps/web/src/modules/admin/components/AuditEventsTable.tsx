import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/dates';
import type { AuditEventsQuery } from '../../../gql/graphql';

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** The detail of an act (a small JSON object) as "key: value" pairs; anything unreadable as it came. */
export function detailText(detail: string): string {
  try {
    const value: unknown = JSON.parse(detail);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return detail;
    return Object.entries(value)
      .map(([key, v]) => `${key}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(', ');
  } catch {
    return detail;
  }
}

interface AuditEventsTableProps {
  events: ReadonlyArray<AuditEvent>;
  caption: string;
  /** The rows are about to be replaced (another page is loading). */
  busy?: boolean;
}

/** One row per act: when, who, what, to which thing, and its details. */
export function AuditEventsTable({ events, caption, busy = false }: AuditEventsTableProps) {
  const { t, i18n } = useTranslation('admin');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="audit-events" aria-busy={busy}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.audit.columns.when')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.who')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.what')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.subject')}</Table.Th>
            <Table.Th scope="col">{t('admin.audit.columns.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, i18n.language, { seconds: true })}</time>
              </Table.Td>
              <Table.Td>{event.actor?.displayName ?? t('admin.audit.accountGone')}</Table.Td>
              <Table.Th scope="row" fw="normal">
                {t(`admin.audit.actions.${event.action}`)}
              </Table.Th>
              <Table.Td>
                <Text size="sm">{t(`admin.audit.subjects.${event.subjectType}`)}</Text>
                <Code>{event.subjectId}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {detailText(event.detail)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
