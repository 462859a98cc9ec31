import { Anchor, Stack, Text } from '@mantine/core';
import { type MouseEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../utils/download-file';

interface DownloadLinkProps {
  href: string;
  /** The file's name when the answer does not suggest one. */
  fallbackName: string;
  /** The file's type, asked for by the download (the server would answer a page request with the app). */
  accept?: string;
  testId?: string;
  children: ReactNode;
}

/** A real link (it can be copied), fetched by script when followed (see downloadFile), saying when it is busy or failed. */
export function DownloadLink({ href, fallbackName, accept, testId, children }: DownloadLinkProps) {
  const { t } = useTranslation('networks');
  const [download, setDownload] = useState<'idle' | 'busy' | 'failed'>('idle');

  const onDownload = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (download === 'busy') return;
    setDownload('busy');
    try {
      await downloadFile(href, fallbackName, accept);
      setDownload('idle');
    } catch {
      setDownload('failed');
    }
  };
  return (
    <Stack gap={0}>
      <Anchor href={href} download onClick={(event) => void onDownload(event)} aria-busy={download === 'busy'} data-testid={testId}>
        {children}
      </Anchor>
      <Text size="xs" c={download === 'failed' ? 'red.8' : 'dimmed'} role="status">
        {download === 'busy' && t('networks.directory.downloading')}
        {download === 'failed' && t('networks.directory.downloadFailed')}
      </Text>
    </Stack>
  );
}
