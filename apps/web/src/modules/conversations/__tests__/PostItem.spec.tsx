import { jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConversationFieldsFragment, PostFieldsFragment } from '../../../gql/graphql';
import { renderUi } from '../../../test/render-app';
import { PostItem } from '../components/PostItem';
import { EditPostMutation } from '../graphql/edit-post.mutation';
import { MentionablesQuery } from '../graphql/mentionables.query';

// With the typenames the cache writes (the fragment's type leaves them out).
const post = {
  __typename: 'Post' as const,
  id: 'p1',
  seq: 1,
  parentId: null,
  body: 'Ana, what next?',
  isQuestion: false,
  replyCount: 0,
  createdAt: '2027-03-14T10:00:00.000Z',
  editedAt: null,
  deletedAt: null,
  author: { __typename: 'PersonName', id: 'me', displayName: 'Me' },
  hidden: null,
  mentionedPeople: [{ __typename: 'PersonName', id: 'ana', displayName: 'Ana' }],
  mentionedNetworks: [],
  reactions: [],
} as unknown as PostFieldsFragment;
const conversation = { id: 'c1', lockedAt: null, viewerModerates: false } as ConversationFieldsFragment;

describe('a post', () => {
  it('its author edits the words and whom it mentions: those mentioned now are chosen already, one is taken out, one added', async () => {
    const edited = { ...post, body: 'Ben, what next?', editedAt: '2027-03-14T11:00:00.000Z' };
    const mentionables = {
      request: { query: MentionablesQuery, variables: { conversationId: 'c1', search: 'Be' } },
      result: {
        data: {
          mentionables: {
            __typename: 'Mentionables',
            people: [{ __typename: 'PersonName', id: 'ben', displayName: 'Ben' }],
            networks: [],
          },
        },
      },
    };
    const input = { postId: 'p1', body: 'Ben, what next?', mentionedPersonIds: ['ben'], mentionedNetworkIds: [] };
    const save = {
      request: { query: EditPostMutation, variables: { input } },
      result: { data: { editPost: { ...edited, mentionedPeople: [{ __typename: 'PersonName', id: 'ben', displayName: 'Ben' }] } } },
    };
    const onChanged = jest.fn();
    renderUi(
      <ul>
        <PostItem thread={{ post, replies: [] }} conversation={conversation} personId="me" readBefore={1} onChanged={onChanged} />
      </ul>,
      [mentionables, save],
    );
    const user = userEvent.setup();
    expect(screen.getByText('Mentions: Ana')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const chosen = screen.getByRole('group', { name: 'Mentioned' });
    await user.click(within(chosen).getByRole('button', { name: 'Take out Ana' }));
    await user.type(screen.getByLabelText(/Mention people or networks/), 'Be');
    await user.click(await screen.findByRole('button', { name: 'Mention Ben' }));
    const words = screen.getByLabelText(/Your post/);
    await user.clear(words);
    await user.type(words, 'Ben, what next?');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Saved/)).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ body: 'Ben, what next?' }));
    expect(screen.queryByLabelText(/Your post/)).not.toBeInTheDocument();
  });
});
