import { useLazyQuery } from '@apollo/client/react';
import { Button, Fieldset, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkPickerQuery } from '../../graphql/network-picker.query';
import { kindLabel } from '../../utils/network-enums';

interface NetworkPickerProps {
  /** Keeps ids unique when a page has two pickers. */
  id: string;
  value: string;
  onChange: (networkId: string) => void;
  /** The network being managed: it cannot tie to itself. */
  excludeId: string;
  error?: string;
}

const legendStyles = { legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 8 } };

/** Find a network in the directory by name, then choose it from the matches. */
export function NetworkPicker({ id, value, onChange, excludeId, error }: NetworkPickerProps) {
  const { t } = useTranslation('networks');
  const [text, setText] = useState('');
  const [find, { data, loading, called }] = useLazyQuery(NetworkPickerQuery, { fetchPolicy: 'network-only' });
  const matches = (data?.networks.edges ?? []).map((edge) => edge.node).filter((network) => network.id !== excludeId);

  const search = () => {
    if (text.trim() === '') return;
    onChange('');
    // Errors show as "no matches"; the person can search again.
    find({ variables: { search: text.trim() } }).catch(() => undefined);
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          id={`${id}-search`}
          type="search"
          label={t('networks.manage.ties.searchLabel')}
          description={t('networks.manage.ties.searchHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter searches here instead of sending the whole form.
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
          style={{ flex: 1, minWidth: '14rem' }}
        />
        <Button variant="outline" onClick={search} loading={loading}>
          {t('networks.manage.ties.searchButton')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {called && !loading && (
          <Text size="sm">
            {matches.length === 0 ? t('networks.manage.ties.noMatches') : t('networks.manage.ties.matches', { count: matches.length })}
          </Text>
        )}
      </div>
      {(matches.length > 0 || error) && (
        <Fieldset legend={t('networks.manage.ties.chooseNetwork')} variant="unstyled" styles={legendStyles}>
          <Radio.Group name={`${id}-network`} value={value} onChange={onChange} error={error}>
            <Stack gap="xs">
              {matches.map((network) => (
                <Radio key={network.id} value={network.id} label={network.name} description={kindLabel(t, network.kind)} />
              ))}
            </Stack>
          </Radio.Group>
        </Fieldset>
      )}
    </Stack>
  );
}
