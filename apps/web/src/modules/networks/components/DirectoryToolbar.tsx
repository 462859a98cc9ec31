import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { directoryExportUrl } from '../utils/directory-export';
import { type DirectoryState, hasFilters } from '../utils/directory-params';
import type { DirectoryView } from '../utils/directory-view';
import { DownloadLink } from './DownloadLink';

interface DirectoryToolbarProps {
  state: DirectoryState;
  view: DirectoryView;
  onViewChange: (view: DirectoryView) => void;
}

/** List or map, and the CSV download of what the search and filters pick out. */
export function DirectoryToolbar({ state, view, onViewChange }: DirectoryToolbarProps) {
  const { t, i18n } = useTranslation('networks');
  const narrowed = Boolean(state.search) || hasFilters(state);
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
      <SegmentedControl
        aria-label={t('networks.directory.viewLabel')}
        name="view"
        value={view}
        onChange={(value) => onViewChange(value === 'map' ? 'map' : 'list')}
        data={[
          { value: 'list', label: t('networks.directory.viewList') },
          { value: 'map', label: t('networks.directory.viewMap') },
        ]}
      />
      <Stack gap={2} align="flex-end">
        <DownloadLink href={directoryExportUrl(state, i18n.language)} fallbackName="weave-networks.csv" testId="directory-export">
          {t('networks.directory.download')}
        </DownloadLink>
        <Text size="xs" c="dimmed">
          {narrowed ? t('networks.directory.downloadFiltered') : t('networks.directory.downloadAll')}
        </Text>
      </Stack>
    </Group>
  );
}
