// The conversations feature's public surface: what the app may import.
import { lazyPage } from '../../ui/lazy-page';
export const ConversationPage = lazyPage(() => import('./pages/ConversationPage'), 'ConversationPage', ['conversations']);
export const ConversationsPage = lazyPage(() => import('./pages/ConversationsPage'), 'ConversationsPage', ['conversations']);
export const JoinConversationPage = lazyPage(() => import('./pages/JoinConversationPage'), 'JoinConversationPage', ['conversations']);
