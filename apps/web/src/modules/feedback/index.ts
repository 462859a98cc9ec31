// The feedback feature's public surface: a gathering's feedback form and results pages, and the link to them.
export { FeedbackLink } from './components/FeedbackLink';
export { FeedbackPage } from './pages/FeedbackPage';
export { FeedbackResultsPage } from './pages/FeedbackResultsPage';
