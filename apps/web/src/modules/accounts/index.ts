// The accounts feature's public surface: what the app and other features may import.
export { useCurrentPerson } from './hooks/use-current-person';
export { AccountPage } from './pages/AccountPage';
export { SignInPage } from './pages/SignInPage';
export { SignInWithLinkPage } from './pages/SignInWithLinkPage';
export { SignUpPage } from './pages/SignUpPage';
