import { Route, Routes } from 'react-router';
import { AccountPage } from '../modules/accounts/pages/AccountPage';
import { SignInPage } from '../modules/accounts/pages/SignInPage';
import { SignUpPage } from '../modules/accounts/pages/SignUpPage';
import { HomePage } from '../modules/home/pages/HomePage';
import { NotFoundPage } from '../modules/home/pages/NotFoundPage';
import { AppLayout } from './layout/AppLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
