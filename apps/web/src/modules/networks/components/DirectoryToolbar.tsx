import { Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryExportUrl } from '../utils/directory-export';
import { type DirectoryState, hasFilters } from '../utils/directory-params';
import type { DirectoryView } from '../utils/directory-view';
import { downloadFile } from '../utils/download-file';

interface DirectoryToolbarProps {
  state: DirectoryState;
  view: DirectoryView;
  onViewChange: (view: DirectoryView) => void;
}

/** List or map, and the CSV download of what the search and filters pick out. */
export function DirectoryToolbar({ state, view, onViewChange }: DirectoryToolbarProps) {
  const { t, i18n } = useTranslation();
  const narrowed = Boolean(state.search) || hasFilters(state);
  const [download, setDownload] = useState<'idle' | 'busy' | 'failed'>('idle');
  const href = directoryExportUrl(state, i18n.language);

  // A real link (it can be copied), fetched by script when followed: see downloadFile.
  const onDownload = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (download === 'busy') return;
    setDownload('busy');
    try {
      await downloadFile(href, 'weave-networks.csv');
      setDownload('idle');
    } catch {
      setDownload('failed');
    }
  };
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
        <Anchor
          href={href}
          download
          onClick={(event) => void onDownload(event)}
          aria-busy={download === 'busy'}
          data-testid="directory-export"
        >
          {t('networks.directory.download')}
        </Anchor>
        <Text size="xs" c="dimmed">
          {narrowed ? t('networks.directory.downloadFiltered') : t('networks.directory.downloadAll')}
        </Text>
        <Text size="xs" c={download === 'failed' ? 'red.8' : 'dimmed'} role="status">
          {download === 'busy' && t('networks.directory.downloading')}
          {download === 'failed' && t('networks.directory.downloadFailed')}
        </Text>
      </Stack>
    </Group>
  );
}
