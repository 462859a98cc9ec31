import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionablesQuery } from '../graphql/mentionables.query';

export interface Mention {
  kind: 'person' | 'network';
  id: string;
  name: string;
}

interface MentionPickerProps {
  conversationId: string;
  chosen: Mention[];
  onChange: (chosen: Mention[]) => void;
}

/**
 * Mentions are chosen, never typed: search people in the conversation and networks you may see,
 * then pick from the list (buttons, so the keyboard reaches each); chosen ones can be taken out.
 */
export function MentionPicker({ conversationId, chosen, onChange }: MentionPickerProps) {
  const { t } = useTranslation('conversations');
  const id = useId();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data } = useQuery(MentionablesQuery, { variables: { conversationId, search: debounced }, skip: debounced.length < 2 });
  const found: Mention[] = data
    ? [
        ...data.mentionables.people.map((p) => ({ kind: 'person' as const, id: p.id, name: p.displayName })),
        ...data.mentionables.networks.map((n) => ({ kind: 'network' as const, id: n.id, name: n.name })),
      ].filter((m) => !chosen.some((c) => c.id === m.id))
    : [];

  return (
    <Stack gap={6}>
      <TextInput
        label={t('conversations.mentions.search')}
        description={t('conversations.mentions.hint')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        aria-controls={`${id}-found`}
        maxLength={100}
      />
      <div id={`${id}-found`} aria-live="polite">
        {debounced.length >= 2 && found.length === 0 && data && <Text size="sm">{t('conversations.mentions.none')}</Text>}
        {found.length > 0 && (
          <Group gap={6}>
            {found.map((mention) => (
              <Button
                key={mention.id}
                size="compact-sm"
                variant="light"
                onClick={() => {
                  onChange([...chosen, mention]);
                  setSearch('');
                }}
              >
                {t(mention.kind === 'person' ? 'conversations.mentions.addPerson' : 'conversations.mentions.addNetwork', {
                  name: mention.name,
                })}
              </Button>
            ))}
          </Group>
        )}
      </div>
      {chosen.length > 0 && (
        <Group gap={6} aria-label={t('conversations.mentions.chosen')} role="group">
          {chosen.map((mention) => (
            <Button
              key={mention.id}
              size="compact-sm"
              variant="outline"
              aria-label={t('conversations.mentions.remove', { name: mention.name })}
              onClick={() => onChange(chosen.filter((c) => c.id !== mention.id))}
            >
              @{mention.name} ×
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
