import { Code, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/dates';
import type { AuditEventsQuery } from '../../../gql/graphql';

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/**
 * The detail of an act (a small JSON object) as "label: value" pairs, in the reader's words: the
 * people, networks and gatherings it holds ids of by name (`mentions`), yes and no for true and
 * false, keys it has no word for as they are; anything unreadable as it came.
 */
export function detailText(event: Pick<AuditEvent, 'detail' | 'mentions'>, t: TFunction<'admin'>): string {
  let value: unknown;
  try {
    value = JSON.parse(event.detail);
  } catch {
    return event.detail;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return event.detail;
  const names = new Map(event.mentions.map((m) => [m.key, m.name]));
  const shown = (key: string, v: unknown) =>
    names.get(key) ??
    (typeof v === 'boolean' ? t(v ? 'admin.audit.yes' : 'admin.audit.no') : typeof v === 'string' ? v : JSON.stringify(v));
  return Object.entries(value)
    .map(([key, v]) => `${t(`admin.audit.detailKeys.${key}`, { defaultValue: key })}: ${shown(key, v)}`)
    .join(', ');
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
                <Text size="sm" c="dimmed">
                  {t(`admin.audit.subjects.${event.subjectType}`)}
                </Text>
                {/* By name; by its id when it has gone (or is a post). */}
                {event.subjectName ? <Text>{event.subjectName}</Text> : <Code>{event.subjectId}</Code>}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {detailText(event, t)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
