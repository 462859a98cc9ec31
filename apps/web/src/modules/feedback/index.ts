// The feedback feature's public surface: a gathering's feedback form and results pages, and the link to them.
import { lazyPage } from '../../ui/lazy-page';
export { FeedbackLink } from './components/FeedbackLink';
export const FeedbackPage = lazyPage(() => import('./pages/FeedbackPage'), 'FeedbackPage', ['feedback']);
export const FeedbackResultsPage = lazyPage(() => import('./pages/FeedbackResultsPage'), 'FeedbackResultsPage', ['feedback']);
