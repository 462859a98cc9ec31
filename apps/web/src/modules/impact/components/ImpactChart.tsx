import { BarChart } from '@mantine/charts';
import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImpactFigureName, ImpactMeasure } from '../../../gql/graphql';
import { figureLabel } from '../utils/impact-labels';
import { CHART_SHAPES, chartData, formatFigure, hasValues, type Impact } from '../utils/impact-figures';

const COLOURS = ['indigo.7', 'teal.7', 'orange.8'];
const AXIS_DOMAINS: Partial<Record<ImpactMeasure, [number, number]>> = { FEEDBACK: [0, 5], BRIDGING: [0, 1] };

/**
 * A measure drawn with Mantine's charts (recharts underneath): counts per period, or before beside after.
 * The chart is a picture for sighted readers; the table next to it carries the same figures for everyone.
 */
export function ImpactChart({ impact, measure, tableId }: { impact: Impact; measure: ImpactMeasure; tableId: string }) {
  const { t, i18n } = useTranslation('impact');
  const shape = CHART_SHAPES[measure];
  const { data, series } = chartData(impact, measure, (item) =>
    'figures' in item ? item.label : item.scale ? t(`scaleShort.${item.scale}`) : t('impact.total'),
  );
  if (!hasValues(data, series)) {
    return (
      <Text size="sm" c="dimmed" className="no-print" data-testid={`impact-chart-empty-${measure}`}>
        {t('impact.chart.nothingToDraw')}
      </Text>
    );
  }
  const valueName = shape.kind === 'beforeAfter' ? shape.after : shape.names[0];
  return (
    <Box role="img" aria-label={t('impact.chart.label', { measure: t(`impact.measures.${measure}.title`) })} aria-describedby={tableId}>
      <BarChart
        h={240}
        data={data}
        dataKey="category"
        withLegend
        // The table beside it is the way in for keyboards and screen readers; the chart takes no focus.
        barChartProps={{ accessibilityLayer: false }}
        // Scales run 1 to 5 and betweenness 0 to 1: a fixed axis keeps a small change from looking large.
        yAxisProps={AXIS_DOMAINS[measure] ? { domain: AXIS_DOMAINS[measure] } : undefined}
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={(value) => formatFigure(valueName, value, i18n.language)}
        series={series.map((name, index) => ({
          name,
          label:
            shape.kind === 'beforeAfter' ? t(`impact.chart.${name as 'before' | 'after'}`) : figureLabel(t, name as ImpactFigureName, null),
          color: COLOURS[index % COLOURS.length],
        }))}
      />
    </Box>
  );
}
