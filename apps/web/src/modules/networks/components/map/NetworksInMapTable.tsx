import { Anchor, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { kindLabel, regionLabel } from '../../utils/network-enums';
import type { GraphNode } from '../../utils/network-map-style';
import { routes } from '../../../../app/routes';

interface NetworksInMapTableProps {
  nodes: ReadonlyArray<GraphNode>;
}

/** The map as a table: what a keyboard or screen-reader user needs from it. */
export function NetworksInMapTable({ nodes }: NetworksInMapTableProps) {
  const { t } = useTranslation('networks');
  const sorted = useMemo(() => [...nodes].sort((a, b) => a.name.localeCompare(b.name)), [nodes]);
  return (
    <Table.ScrollContainer minWidth={480} maxHeight={480}>
      <Table striped stickyHeader data-testid="networks-in-map">
        <Table.Caption>{t('networks.map.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('networks.map.columnName')}</Table.Th>
            <Table.Th scope="col">{t('networks.map.columnKind')}</Table.Th>
            <Table.Th scope="col">{t('networks.map.columnRegion')}</Table.Th>
            <Table.Th scope="col">{t('networks.map.columnTies')}</Table.Th>
            <Table.Th scope="col">{t('networks.map.columnBridge')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((node) => (
            <Table.Tr key={node.id}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={routes.network({ slug: node.slug })}>
                  {node.name}
                </Anchor>
                {node.isClosed && ` (${t('networks.map.closed')})`}
              </Table.Th>
              <Table.Td>{kindLabel(t, node.kind)}</Table.Td>
              <Table.Td>{node.region ? regionLabel(t, node.region) : ''}</Table.Td>
              <Table.Td>{node.degree}</Table.Td>
              <Table.Td>{node.isBridge ? t('networks.map.yes') : t('networks.map.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
