import { Button, Group, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface DirectorySearchProps {
  search: string;
  onSearch: (search: string) => void;
}

export function DirectorySearch({ search, onSearch }: DirectorySearchProps) {
  const { t } = useTranslation('networks');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(String(new FormData(event.currentTarget).get('q') ?? '').trim());
  };
  return (
    <form role="search" onSubmit={submit} aria-label={t('networks.directory.searchLabel')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          // Re-mount when the URL's search changes (back button), so the box shows it.
          key={search}
          defaultValue={search}
          name="q"
          type="search"
          label={t('networks.directory.searchLabel')}
          description={t('networks.directory.searchHint')}
          style={{ flex: '1 1 18rem' }}
        />
        <Button type="submit">{t('networks.directory.searchButton')}</Button>
      </Group>
    </form>
  );
}
