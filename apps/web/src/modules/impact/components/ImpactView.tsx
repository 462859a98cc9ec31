import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import { usePageTitle } from '../../../ui/use-page-title';
import { impactCsvPath } from '../utils/impact-labels';
import { measuresShown, type Impact } from '../utils/impact-figures';
import { MeasureSection } from './MeasureSection';
import { PublishImpactForm } from './PublishImpactForm';

/** Where the view came from: the gathering's page, or the network's or coalition's profile. */
const backPath = (impact: Impact) =>
  impact.subjectKind === 'GATHERING' ? routes.gathering({ slug: impact.slug }) : routes.network({ slug: impact.slug });

/**
 * The relational impact of a gathering, network or coalition: each measure's chart and table, a CSV of the
 * same figures and a printable page; facilitators also choose what is published.
 */
export function ImpactView({ impact, networkId, onPublished }: { impact: Impact; networkId?: string; onPublished: () => void }) {
  const { t, i18n } = useTranslation('impact');
  usePageTitle(t('impact.pageTitle', { name: impact.name }));
  const measures = measuresShown(impact);
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={backPath(impact)} underline="always" size="sm" className="no-print">
          {t(`impact.back.${impact.subjectKind}`)}
        </Anchor>
        <Title order={1}>{t('impact.title', { name: impact.name })}</Title>
        <Text>{t(`impact.counted.${impact.subjectKind}`, { gatherings: impact.gatheringCount, networks: impact.networkCount })}</Text>
        <Text size="sm">{impact.fullView ? t('impact.fullView') : t('impact.publishedView', { name: impact.name })}</Text>
        <Text size="sm">{t('impact.privacy', { fewest: impact.fewestPeopleShown })}</Text>
        {measures.length > 0 && (
          <Group gap="sm" className="no-print">
            <Button
              component="a"
              href={impactCsvPath(impact.subjectKind, impact.slug, i18n.language)}
              download
              variant="outline"
              data-testid="impact-csv"
            >
              {t('impact.downloadCsv')}
            </Button>
            <Button variant="outline" onClick={() => window.print()}>
              {t('impact.print')}
            </Button>
          </Group>
        )}
      </Stack>
      {impact.mayPublish && networkId && (
        <PublishImpactForm key={impact.published.join()} networkId={networkId} published={impact.published} onSaved={onPublished} />
      )}
      {measures.length === 0 ? (
        <Alert color="gray" variant="light" title={t('impact.nothingTitle')} data-testid="impact-nothing">
          {t(impact.mayPublish ? 'impact.nothingYetFacilitator' : 'impact.nothingPublished', { name: impact.name })}
        </Alert>
      ) : (
        measures.map((measure) => <MeasureSection key={measure} impact={impact} measure={measure} />)
      )}
    </Stack>
  );
}
