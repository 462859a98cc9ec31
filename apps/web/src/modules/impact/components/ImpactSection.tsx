import { useQuery } from '@apollo/client/react';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import { LoadingState } from '../../../ui/LoadingState';
import { CoalitionImpactQuery, NetworkImpactQuery } from '../graphql/impact.queries';
import { figureLabel } from '../utils/impact-labels';
import { formatFigure, MEASURES, type Impact } from '../utils/impact-figures';

/**
 * "Relational impact" on a network's or coalition's profile: only the figures it published (whoever reads),
 * the whole period's, and a link to the view over time. No charts here, so the profile stays light.
 */
export function ImpactSection({ slug, isCoalition }: { slug: string; isCoalition: boolean }) {
  const { t } = useTranslation('impact');
  const network = useQuery(NetworkImpactQuery, { variables: { slug }, skip: isCoalition });
  const coalition = useQuery(CoalitionImpactQuery, { variables: { slug }, skip: !isCoalition });
  const { loading, error } = isCoalition ? coalition : network;
  const impact = isCoalition ? coalition.data?.coalitionImpact : network.data?.networkImpact;
  const path = isCoalition ? routes.coalitionImpact({ slug }) : routes.networkImpact({ slug });
  // A profile without its impact figures is still a profile: a failure here only hides this section.
  if (error && !impact) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="impact-section-heading" data-testid="impact-section">
      <Title order={2} id="impact-section-heading">
        {t('impact.section.title')}
      </Title>
      {loading && !impact && <LoadingState />}
      {impact && <PublishedFigures impact={impact} />}
      {impact && (impact.published.length > 0 || impact.fullView) && (
        <Anchor component={Link} to={path} underline="always" data-testid="impact-section-link">
          {impact.mayPublish ? t('impact.section.openFacilitator') : t('impact.section.open')}
        </Anchor>
      )}
    </Stack>
  );
}

function PublishedFigures({ impact }: { impact: Impact }) {
  const { t, i18n } = useTranslation('impact');
  const published = MEASURES.filter((measure) => impact.published.includes(measure));
  if (published.length === 0) {
    return <Text size="sm">{t('impact.section.nothing', { name: impact.name })}</Text>;
  }
  return (
    <Stack gap="xs">
      <Text size="sm">{t('impact.section.intro', { name: impact.name, fewest: impact.fewestPeopleShown })}</Text>
      {published.map((measure) => {
        const figures = impact.total.figures.filter((figure) => figure.measure === measure);
        return (
          <Stack gap={2} key={measure}>
            <Title order={3} size="h5">
              {t(`impact.measures.${measure}.title`)}
            </Title>
            <List size="sm" spacing={2}>
              {figures.map((figure) => (
                <List.Item key={`${figure.name}:${figure.scale ?? ''}`}>
                  {figureLabel(t, figure.name, figure.scale ?? null)}:{' '}
                  {figure.suppressed || figure.value == null
                    ? t('impact.suppressed', { fewest: impact.fewestPeopleShown })
                    : formatFigure(figure.name, figure.value, i18n.language)}
                </List.Item>
              ))}
            </List>
          </Stack>
        );
      })}
    </Stack>
  );
}
