import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { routes } from '../../../app/routes';
import { ActionStatusAlert } from '../../../ui/ActionStatusAlert';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { useActionStatus } from '../../../ui/use-action-status';
import { usePageTitle } from '../../../ui/use-page-title';
import { useCurrentPerson } from '../../accounts';
import { ConversationInvitationQuery } from '../graphql/conversation-invitation.query';
import { JoinConversationMutation } from '../graphql/join-conversation.mutation';

/** /conversations/join/:code — where an invitation link into a conversation lands. */
export function JoinConversationPage() {
  const { t } = useTranslation('conversations');
  usePageTitle(t('conversations.join.title'));
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const action = useActionStatus();
  const { person, loading: personLoading } = useCurrentPerson();
  const { data, loading, error, refetch } = useQuery(ConversationInvitationQuery, { variables: { code }, skip: !person });
  const [join] = useMutation(JoinConversationMutation);
  if (!personLoading && !person) return <Navigate to={routes.signIn({ next: routes.joinConversation({ code }) })} replace />;
  return (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>{t('conversations.join.title')}</Title>
        {(loading || personLoading) && !data && <LoadingState />}
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
        {data && (
          <>
            <Text>{t('conversations.join.body', { title: data.conversationInvitation.conversationTitle })}</Text>
            <ActionStatusAlert status={action.status} />
            <Button
              style={{ alignSelf: 'flex-start' }}
              loading={action.pending === 'join'}
              onClick={async () => {
                let id: string | undefined;
                await action.run(
                  'join',
                  async () => {
                    id = (await join({ variables: { code } })).data?.joinConversation.id;
                  },
                  t('conversations.join.done'),
                );
                if (id) await navigate(routes.conversation({ id }));
              }}
            >
              {t('conversations.join.submit')}
            </Button>
          </>
        )}
      </Stack>
    </Container>
  );
}
