import { Button, Stack } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkCardFieldsFragment } from '../../../gql/graphql';
import { DirectoryNoMatches } from './DirectoryNoMatches';
import { NetworkCard } from './NetworkCard';

interface DirectoryResultsProps {
  networks: NetworkCardFieldsFragment[];
  hasMore: boolean;
  loadingMore: boolean;
  onShowMore: () => Promise<unknown>;
  filtered: boolean;
  onClearFilters: () => void;
}

export function DirectoryResults({ networks, hasMore, loadingMore, onShowMore, filtered, onClearFilters }: DirectoryResultsProps) {
  const { t } = useTranslation('networks');
  const listRef = useRef<HTMLDivElement>(null);

  const showMore = async () => {
    const shown = networks.length;
    // Aborted when the page is left mid-fetch; nothing more to focus then.
    if (
      !(await onShowMore().then(
        () => true,
        () => false,
      ))
    )
      return;
    // Keyboard and screen-reader users carry on from the first new result.
    listRef.current?.querySelectorAll<HTMLElement>('a[data-network-link]')[shown]?.focus();
  };

  if (networks.length === 0) {
    return <DirectoryNoMatches filtered={filtered} onClearFilters={onClearFilters} testId="directory-empty" />;
  }

  return (
    <Stack gap="md">
      <Stack component="ul" gap="md" m={0} p={0} ref={listRef} style={{ listStyle: 'none' }}>
        {networks.map((network) => (
          <li key={network.id}>
            <NetworkCard network={network} />
          </li>
        ))}
      </Stack>
      {hasMore && (
        <Button variant="outline" loading={loadingMore} onClick={() => void showMore()} style={{ alignSelf: 'center' }}>
          {t('networks.directory.showMore')}
        </Button>
      )}
    </Stack>
  );
}
