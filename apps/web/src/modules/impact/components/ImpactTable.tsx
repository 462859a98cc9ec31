import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImpactMeasure } from '../../../gql/graphql';
import { formatDate } from '../../../ui/dates';
import { figureLabel } from '../utils/impact-labels';
import { figureRows, formatFigure, type Impact } from '../utils/impact-figures';

/** A measure's figures as a table (the chart's alternative): a row per figure, a column per period and the total. */
export function ImpactTable({ impact, measure, captionId }: { impact: Impact; measure: ImpactMeasure; captionId: string }) {
  const { t, i18n } = useTranslation('impact');
  const rows = figureRows(impact, measure);
  // Bridging is measured over the whole answer only: its period columns would all be empty.
  const periods = measure === 'BRIDGING' ? [] : impact.periods;
  const lastIndex = impact.periods.length;
  return (
    <Table.ScrollContainer minWidth={periods.length > 2 ? 160 + periods.length * 120 : 0}>
      <Table striped withTableBorder aria-labelledby={captionId} data-testid={`impact-table-${measure}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('impact.table.figure')}</Table.Th>
            {periods.map((period) => (
              <Table.Th scope="col" key={period.key}>
                {period.label}
                {period.startsAt && impact.periodKind === 'GATHERING' && (
                  <Text span size="xs" c="dimmed" display="block">
                    {formatDate(period.startsAt, i18n.language)}
                  </Text>
                )}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('impact.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">{figureLabel(t, row.name, row.scale)}</Table.Th>
              {[...periods.map((_, index) => index), lastIndex].map((index) => {
                const figure = row.cells[index];
                return (
                  <Table.Td key={index}>
                    {!figure ? (
                      <Text span c="dimmed" size="sm">
                        {t('impact.table.none')}
                      </Text>
                    ) : figure.suppressed || figure.value == null ? (
                      <Text span size="sm" fs="italic" data-testid="impact-suppressed">
                        {t('impact.suppressedCell', { fewest: impact.fewestPeopleShown })}
                      </Text>
                    ) : (
                      formatFigure(row.name, figure.value, i18n.language)
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
