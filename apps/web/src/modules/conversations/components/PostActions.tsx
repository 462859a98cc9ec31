import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';

export type OpenPanel = 'reply' | 'edit' | 'hide' | 'history' | null;

interface PostActionsProps {
  post: PostFieldsFragment;
  /** The reader wrote it. */
  mine: boolean;
  /** The conversation is not locked. */
  writable: boolean;
  moderates: boolean;
  open: OpenPanel;
  onToggle: (panel: Exclude<OpenPanel, null>) => void;
  deleting: boolean;
  onDelete: () => void;
}

/** The buttons under a post: each opens its panel (aria-expanded says which), or deletes after asking. */
export function PostActions({ post, mine, writable, moderates, open, onToggle, deleting, onDelete }: PostActionsProps) {
  const { t } = useTranslation('conversations');
  const gone = post.deletedAt !== null;
  if (gone) return null;
  const toggle = (panel: Exclude<OpenPanel, null>, label: string, variant: 'default' | 'subtle' = 'default', color?: string) => (
    <Button size="compact-sm" variant={variant} color={color} aria-expanded={open === panel} onClick={() => onToggle(panel)}>
      {label}
    </Button>
  );
  return (
    <Group gap="xs" wrap="wrap">
      {writable && toggle('reply', t('conversations.post.reply'))}
      {mine && writable && !post.hidden && toggle('edit', t('conversations.post.edit'))}
      {post.editedAt && toggle('history', t('conversations.post.history'), 'subtle')}
      {mine && (
        <ConfirmButton
          size="compact-sm"
          variant="default"
          color="red"
          title={t('conversations.post.deleteTitle')}
          body={t('conversations.post.deleteBody')}
          confirmLabel={t('conversations.post.delete')}
          loading={deleting}
          onConfirm={onDelete}
        >
          {t('conversations.post.delete')}
        </ConfirmButton>
      )}
      {moderates && !post.hidden && toggle('hide', t('conversations.post.hide'), 'default', 'red')}
    </Group>
  );
}
