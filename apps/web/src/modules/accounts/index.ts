// The accounts feature's public surface: what the app and other features may import.
import { lazyPage } from '../../ui/lazy-page';
export { useCurrentPerson } from './hooks/use-current-person';
export { VerifyEmailBanner } from './components/VerifyEmailBanner';
export const AccountPage = lazyPage(() => import('./pages/AccountPage'), 'AccountPage', ['accounts', 'networks']);
export const NotificationSettingsPage = lazyPage(() => import('./pages/NotificationSettingsPage'), 'NotificationSettingsPage', [
  'accounts',
]);
export const ForgotPasswordPage = lazyPage(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage', ['accounts']);
export const ResetPasswordPage = lazyPage(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage', ['accounts']);
export const SignInPage = lazyPage(() => import('./pages/SignInPage'), 'SignInPage', ['accounts']);
export const SignInWithLinkPage = lazyPage(() => import('./pages/SignInWithLinkPage'), 'SignInWithLinkPage', ['accounts']);
export const SignUpPage = lazyPage(() => import('./pages/SignUpPage'), 'SignUpPage', ['accounts']);
export const VerifyEmailPage = lazyPage(() => import('./pages/VerifyEmailPage'), 'VerifyEmailPage', ['accounts']);
