import { useMutation } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment, Reaction } from '../../../gql/graphql';
import { ReactToPostMutation } from '../graphql/react-to-post.mutation';

const REACTIONS: Reaction[] = ['THANKS', 'AGREE', 'IDEA', 'HEART'];

/** The few reactions, each a toggle button saying how many gave it and whether you did. */
export function Reactions({
  post,
  canReact,
  onChanged,
}: {
  post: PostFieldsFragment;
  canReact: boolean;
  onChanged: (post: PostFieldsFragment) => void;
}) {
  const { t } = useTranslation('conversations');
  const [react, { loading }] = useMutation(ReactToPostMutation);
  return (
    <Group gap={4} role="group" aria-label={t('conversations.reactions.label')}>
      {REACTIONS.map((reaction) => {
        const given = post.reactions.find((r) => r.reaction === reaction);
        const count = given?.count ?? 0;
        if (!canReact && count === 0) return null;
        return (
          <Button
            key={reaction}
            size="compact-xs"
            variant={given?.mine ? 'filled' : 'default'}
            aria-pressed={given?.mine ?? false}
            disabled={!canReact || loading}
            onClick={async () => {
              const result = await react({ variables: { input: { postId: post.id, reaction, on: !given?.mine } } }).catch(() => undefined);
              if (result?.data) onChanged(result.data.reactToPost);
            }}
          >
            {count > 0
              ? t('conversations.reactions.button', { reaction: t(`conversations.reactions.${reaction}`), count })
              : t(`conversations.reactions.${reaction}`)}
          </Button>
        );
      })}
    </Group>
  );
}
