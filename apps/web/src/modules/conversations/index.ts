// The conversations feature's public surface: what the app may import.
export { ConversationPage } from './pages/ConversationPage';
export { ConversationsPage } from './pages/ConversationsPage';
export { JoinConversationPage } from './pages/JoinConversationPage';
