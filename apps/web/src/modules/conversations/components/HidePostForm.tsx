import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface HidePostFormProps {
  hiding: boolean;
  onHide: (reason: string) => void;
  onCancel: () => void;
}

/** A moderator hides a post, giving the reason everyone will see. */
export function HidePostForm({ hiding, onHide, onCancel }: HidePostFormProps) {
  const { t } = useTranslation('conversations');
  const [reason, setReason] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onHide(reason);
      }}
    >
      <Stack gap="xs">
        <TextInput
          label={t('conversations.post.hideReason')}
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Group gap="xs">
          <Button type="submit" size="compact-sm" loading={hiding}>
            {t('conversations.post.hide')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onCancel}>
            {t('conversations.composer.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
