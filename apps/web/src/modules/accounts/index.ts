// The accounts feature's public surface: what the app and other features may import.
import { lazyPage } from '../../ui/lazy-page';
export { useCurrentPerson } from './hooks/use-current-person';
export { VerifyEmailBanner } from './components/VerifyEmailBanner';
export const AccountPage = lazyPage(() => import('./pages/AccountPage'), 'AccountPage');
export const NotificationSettingsPage = lazyPage(() => import('./pages/NotificationSettingsPage'), 'NotificationSettingsPage');
export const ForgotPasswordPage = lazyPage(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage');
export const ResetPasswordPage = lazyPage(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage');
export const SignInPage = lazyPage(() => import('./pages/SignInPage'), 'SignInPage');
export const SignInWithLinkPage = lazyPage(() => import('./pages/SignInWithLinkPage'), 'SignInWithLinkPage');
export const SignUpPage = lazyPage(() => import('./pages/SignUpPage'), 'SignUpPage');
export const VerifyEmailPage = lazyPage(() => import('./pages/VerifyEmailPage'), 'VerifyEmailPage');
