import { Anchor, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../../app/routes';
import { tieTypeLabel } from '../../utils/network-enums';
import type { GraphData } from '../../utils/network-map-style';

interface TiesTableProps {
  graph: Pick<GraphData, 'nodes' | 'edges'>;
  /** Only the ties of this network (the one in focus); all ties when absent. */
  of?: string | null;
  testId?: string;
}

/** The ties of a map as a table, by name: the text alternative to its lines. */
export function TiesTable({ graph, of = null, testId = 'ties-in-map' }: TiesTableProps) {
  const { t } = useTranslation('networks');
  const rows = useMemo(() => {
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    return graph.edges
      .filter((edge) => !of || edge.source === of || edge.target === of)
      .flatMap((edge) => {
        const [source, target] = [byId.get(edge.source), byId.get(edge.target)];
        return source && target ? [{ id: edge.id, source, target, tieType: edge.tieType }] : [];
      })
      .sort((a, b) => a.source.name.localeCompare(b.source.name) || a.target.name.localeCompare(b.target.name));
  }, [graph, of]);
  const link = (node: { slug: string; name: string }) => (
    <Anchor component={Link} to={routes.network({ slug: node.slug })}>
      {node.name}
    </Anchor>
  );
  return (
    <Table.ScrollContainer minWidth={420} maxHeight={480}>
      <Table striped stickyHeader data-testid={testId}>
        <Table.Caption>{t('networks.map.tiesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('networks.map.columnMember')}</Table.Th>
            <Table.Th scope="col">{t('networks.map.columnTieType')}</Table.Th>
            <Table.Th scope="col">{t('networks.map.columnBelongsTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{link(row.source)}</Table.Td>
              <Table.Td>{tieTypeLabel(t, row.tieType)}</Table.Td>
              <Table.Td>{link(row.target)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
