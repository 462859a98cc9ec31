import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRowError } from '../../utils/network-import-api';
import { kindLabel, sectorLabel } from '../../utils/network-enums';

/** Row numbers as a spreadsheet shows them, with what is wrong on each. */
export function BadRowsTable({ rows }: { rows: ImportRowError[] }) {
  const { t } = useTranslation('networks');
  return (
    <Stack gap="xs" component="section" aria-labelledby="import-bad-rows-heading">
      <Title order={3} id="import-bad-rows-heading" fz="h4">
        {t('networks.manage.import.badRowsTitle')}
      </Title>
      <Text size="sm">{t('networks.manage.import.badRowsIntro')}</Text>
      <Table data-testid="import-bad-rows" aria-labelledby="import-bad-rows-heading">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('networks.manage.import.rowHeading')}</Table.Th>
            <Table.Th scope="col">{t('networks.manage.import.reasonHeading')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((error) => (
            <Table.Tr key={`${error.row}-${error.reason}`}>
              <Table.Th scope="row">{error.row}</Table.Th>
              <Table.Td>{error.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The counts, the rows that need fixing and the first rows as they would be imported. */
export function ImportPreviewTables({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('networks');
  const headings = ['name', 'website', 'area', 'themes', 'sectors', 'kind'] as const;
  return (
    <Stack gap="md" component="section" aria-labelledby="import-preview-heading" data-testid="import-preview">
      <Title order={3} id="import-preview-heading" fz="h4" tabIndex={-1}>
        {t('networks.manage.import.previewTitle')}
      </Title>
      <Text data-testid="import-counts">
        {t('networks.manage.import.counts', { rows: preview.rows, valid: preview.valid, bad: preview.errors.length })}
      </Text>
      {preview.errors.length > 0 && <BadRowsTable rows={preview.errors} />}
      {preview.sample.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="import-sample-heading">
          <Title order={3} id="import-sample-heading" fz="h4">
            {t('networks.manage.import.sampleTitle')}
          </Title>
          <Table data-testid="import-sample" aria-labelledby="import-sample-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('networks.manage.import.rowHeading')}</Table.Th>
                {headings.map((heading) => (
                  <Table.Th key={heading} scope="col">
                    {t(`networks.manage.import.headings.${heading}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.sample.map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Th scope="row">{row.name}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.website}</Table.Td>
                  <Table.Td>{row.placeName}</Table.Td>
                  <Table.Td>{row.themes.join(', ')}</Table.Td>
                  <Table.Td>{row.sectors.map((sector) => sectorLabel(t, sector)).join(', ')}</Table.Td>
                  <Table.Td>{kindLabel(t, row.kind)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
