import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps extends Omit<ButtonProps, 'children' | 'onClick'> {
  children: ReactNode;
  /** The dialog's title: a question, e.g. "End this tie?". */
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** Names the button when its text alone is ambiguous in a list. */
  'aria-label'?: string;
}

/**
 * A button that asks first, in a titled dialog. Mantine's Modal traps focus
 * and returns it to the button when it closes.
 */
export function ConfirmButton({ children, title, body, confirmLabel, onConfirm, loading, ...buttonProps }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} loading={loading} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('confirm.close') }}>
        <Stack gap="md">
          {typeof body === 'string' ? <Text>{body}</Text> : body}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('confirm.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
