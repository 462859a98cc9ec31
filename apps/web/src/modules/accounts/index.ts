// The accounts feature's public surface: what the app and other features may import.
export { useCurrentPerson } from './hooks/use-current-person';
export { VerifyEmailBanner } from './components/VerifyEmailBanner';
export { AccountPage } from './pages/AccountPage';
export { NotificationSettingsPage } from './pages/NotificationSettingsPage';
export { ForgotPasswordPage } from './pages/ForgotPasswordPage';
export { ResetPasswordPage } from './pages/ResetPasswordPage';
export { SignInPage } from './pages/SignInPage';
export { SignInWithLinkPage } from './pages/SignInWithLinkPage';
export { SignUpPage } from './pages/SignUpPage';
export { VerifyEmailPage } from './pages/VerifyEmailPage';
