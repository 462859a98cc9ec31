import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GatheringParticipantsQuery } from '../../gatherings';

export interface Owner {
  id: string;
  displayName: string;
}

interface OwnerPickerProps {
  gatheringId: string;
  /** People in the room now: suggested first. */
  here: Owner[];
  chosen: Owner | null;
  onChange: (owner: Owner | null) => void;
}

const SHOWN = 8;

/**
 * An action's owner on Weave: anyone taking part in the gathering, found by name as you type, the people
 * in the room suggested first (buttons, so the keyboard reaches each). Someone not on Weave is named in words.
 */
export function OwnerPicker({ gatheringId, here, chosen, onChange }: OwnerPickerProps) {
  const { t } = useTranslation('open-space');
  const id = useId();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const searching = debounced.length >= 2;
  const { data, error } = useQuery(GatheringParticipantsQuery, {
    variables: { gatheringId, search: debounced, first: SHOWN },
    skip: !searching,
  });
  const term = debounced.toLowerCase();
  const hereFound = here.filter((p) => !searching || p.displayName.toLowerCase().includes(term));
  const others = (data?.gatheringParticipants.edges ?? [])
    .map(({ node }) => ({ id: node.personId, displayName: node.displayName }))
    .filter((p) => !hereFound.some((h) => h.id === p.id));
  const found = [...hereFound, ...(searching ? others : [])].filter((p) => p.id !== chosen?.id).slice(0, SHOWN);

  if (chosen)
    return (
      <Group gap={6} role="group" aria-label={t('openSpace.actions.ownerOnWeave')}>
        <Text size="sm">{t('openSpace.actions.ownerChosen', { name: chosen.displayName })}</Text>
        <Button size="compact-sm" variant="outline" onClick={() => onChange(null)}>
          {t('openSpace.actions.ownerChange')}
        </Button>
      </Group>
    );

  return (
    <Stack gap={6}>
      <TextInput
        label={t('openSpace.actions.ownerOnWeave')}
        description={t('openSpace.actions.ownerHint')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        aria-controls={`${id}-found`}
        maxLength={100}
      />
      <div id={`${id}-found`} aria-live="polite">
        {!searching && hereFound.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('openSpace.actions.ownerHere')}
          </Text>
        )}
        {searching && data && found.length === 0 && <Text size="sm">{t('openSpace.actions.ownerNone')}</Text>}
        {error && <Text size="sm">{t('openSpace.actions.ownerSearchFailed')}</Text>}
        {found.length > 0 && (
          <Group gap={6}>
            {found.map((person) => (
              <Button
                key={person.id}
                size="compact-sm"
                variant="light"
                onClick={() => {
                  onChange(person);
                  setSearch('');
                }}
              >
                {t('openSpace.actions.ownerPick', { name: person.displayName })}
              </Button>
            ))}
          </Group>
        )}
      </div>
    </Stack>
  );
}
