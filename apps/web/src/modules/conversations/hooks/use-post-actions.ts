import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '../../../gql/graphql';
import { useActionStatus } from '../../../ui/use-action-status';
import type { Mention } from '../components/MentionPicker';
import { DeletePostMutation } from '../graphql/delete-post.mutation';
import { EditPostMutation } from '../graphql/edit-post.mutation';
import { HidePostMutation } from '../graphql/hide-post.mutation';

/**
 * What the author and moderators do to a post: edit (words and mentions), delete, hide. Each answers
 * whether it worked; the changed post goes to `onChanged`, and `status` words the outcome for the post's alert.
 */
export function usePostActions(postId: string, onChanged: (post: PostFieldsFragment) => void) {
  const { t } = useTranslation('conversations');
  const action = useActionStatus();
  const [editPost] = useMutation(EditPostMutation);
  const [deletePost] = useMutation(DeletePostMutation);
  const [hidePost] = useMutation(HidePostMutation);

  const change = async (key: string, work: () => Promise<PostFieldsFragment | undefined>, done: string): Promise<boolean> => {
    let changed: PostFieldsFragment | undefined;
    const ok = await action.run(
      key,
      async () => {
        changed = await work();
      },
      done,
    );
    if (ok && changed) onChanged(changed);
    return ok;
  };

  return {
    status: action.status,
    pending: action.pending,
    edit: (body: string, mentions: Mention[]) =>
      change(
        'edit',
        async () => {
          const input = {
            postId,
            body,
            mentionedPersonIds: mentions.filter((m) => m.kind === 'person').map((m) => m.id),
            mentionedNetworkIds: mentions.filter((m) => m.kind === 'network').map((m) => m.id),
          };
          return (await editPost({ variables: { input } })).data?.editPost;
        },
        t('conversations.post.saved'),
      ),
    remove: () =>
      change(
        'delete',
        async () => (await deletePost({ variables: { input: { postId } } })).data?.deletePost,
        t('conversations.post.deletedDone'),
      ),
    hide: (reason: string) =>
      change(
        'hide',
        async () => (await hidePost({ variables: { input: { postId, reason } } })).data?.hidePost,
        t('conversations.post.hiddenDone'),
      ),
  };
}
