import { Button, Group, Text, TextInput } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyableLinkProps {
  label: string;
  value: string;
  testId?: string;
}

/** A read-only link with a Copy button; the outcome is announced politely beside it. */
export function CopyableLink({ label, value, testId }: CopyableLinkProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const [copied, setCopied] = useState<'yes' | 'no'>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard (an old browser, or permission refused): the field can still be selected and copied by hand.
      setCopied('no');
    }
  };

  return (
    <div>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={label}
          value={value}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: '1 1 20rem' }}
          data-testid={testId}
        />
        <Button variant="default" onClick={() => void copy()} aria-describedby={statusId}>
          {t('copy.button')}
        </Button>
      </Group>
      <Text id={statusId} role="status" size="sm" mt={4}>
        {copied === 'yes' ? t('copy.copied') : copied === 'no' ? t('copy.failed') : ''}
      </Text>
    </div>
  );
}
