import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImpactMeasure } from '../../../gql/graphql';
import type { Impact } from '../utils/impact-figures';
import { ImpactChart } from './ImpactChart';
import { ImpactTable } from './ImpactTable';

/** One measure: what it means, its chart, and the same figures as a table. */
export function MeasureSection({ impact, measure }: { impact: Impact; measure: ImpactMeasure }) {
  const { t } = useTranslation('impact');
  const headingId = `impact-${measure}`;
  const tableCaptionId = `${headingId}-table`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId} className="impact-measure" data-testid={`impact-measure-${measure}`}>
      <Title order={2} id={headingId}>
        {t(`impact.measures.${measure}.title`)}
      </Title>
      <Text size="sm">{t(`impact.measures.${measure}.about`)}</Text>
      {measure === 'BRIDGING' && impact.bridgingEstimated && (
        <Text size="sm" c="dimmed">
          {t('impact.bridgingEstimated')}
        </Text>
      )}
      <ImpactChart impact={impact} measure={measure} tableId={tableCaptionId} />
      <Text id={tableCaptionId} fw={700} size="sm">
        {t('impact.table.caption', { measure: t(`impact.measures.${measure}.title`) })}
      </Text>
      <ImpactTable impact={impact} measure={measure} captionId={tableCaptionId} />
    </Stack>
  );
}
