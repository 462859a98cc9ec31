import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GRAPH_FORMATS, type GraphFormat } from '../../utils/directory-export';
import { DownloadLink } from '../DownloadLink';

const ACCEPT: Record<GraphFormat, string> = {
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv',
};

interface GraphDownloadsProps {
  /** The address of the map shown, as a file of each format. */
  urlFor: (format: GraphFormat) => string;
  /** The start of the file's name when the server does not suggest one. */
  fileName: string;
}

/** The map on screen as files: GEXF for Gephi, GraphML for NetworkX and yEd, its ties as a spreadsheet. */
export function GraphDownloads({ urlFor, fileName }: GraphDownloadsProps) {
  const { t } = useTranslation('networks');
  return (
    <Stack gap="xs" component="section" aria-label={t('networks.map.downloadTitle')} data-testid="graph-downloads">
      <Title order={3} fz="h5">
        {t('networks.map.downloadTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('networks.map.downloadHint')}
      </Text>
      <Group gap="lg" align="flex-start">
        {GRAPH_FORMATS.map((format) => (
          <DownloadLink
            key={format}
            href={urlFor(format)}
            fallbackName={`${fileName}.${format}`}
            accept={ACCEPT[format]}
            testId={`graph-download-${format}`}
          >
            {t(`networks.map.download.${format}`)}
          </DownloadLink>
        ))}
      </Group>
    </Stack>
  );
}
