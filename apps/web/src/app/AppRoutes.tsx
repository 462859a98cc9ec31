import { Route, Routes } from 'react-router';
import { AdminClaimsPage } from '../modules/admin/pages/AdminClaimsPage';
import { AccountPage } from '../modules/accounts/pages/AccountPage';
import { SignInPage } from '../modules/accounts/pages/SignInPage';
import { SignInWithLinkPage } from '../modules/accounts/pages/SignInWithLinkPage';
import { SignUpPage } from '../modules/accounts/pages/SignUpPage';
import { EditGatheringPage } from '../modules/gatherings/pages/EditGatheringPage';
import { GatheringDashboardPage } from '../modules/gatherings/pages/GatheringDashboardPage';
import { GatheringPage } from '../modules/gatherings/pages/GatheringPage';
import { MyGatheringsPage } from '../modules/gatherings/pages/MyGatheringsPage';
import { NewGatheringPage } from '../modules/gatherings/pages/NewGatheringPage';
import { HomePage } from '../modules/home/pages/HomePage';
import { NotFoundPage } from '../modules/home/pages/NotFoundPage';
import { DirectoryPage } from '../modules/networks/pages/DirectoryPage';
import { ManageNetworkPage } from '../modules/networks/pages/ManageNetworkPage';
import { NetworkProfilePage } from '../modules/networks/pages/NetworkProfilePage';
import { RegisterNetworkPage } from '../modules/networks/pages/RegisterNetworkPage';
import { BoardPage } from '../modules/open-space/pages/BoardPage';
import { RoomPage } from '../modules/open-space/pages/RoomPage';
import { WallPage } from '../modules/open-space/pages/WallPage';
import { AppLayout } from './layout/AppLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-in/link" element={<SignInWithLinkPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="networks" element={<DirectoryPage />} />
        <Route path="networks/new" element={<RegisterNetworkPage />} />
        <Route path="networks/:slug" element={<NetworkProfilePage />} />
        <Route path="networks/:slug/manage" element={<ManageNetworkPage />} />
        <Route path="gatherings/new" element={<NewGatheringPage />} />
        <Route path="gatherings/:slug" element={<GatheringPage />} />
        <Route path="gatherings/:slug/edit" element={<EditGatheringPage />} />
        <Route path="gatherings/:slug/dashboard" element={<GatheringDashboardPage />} />
        <Route path="gatherings/:slug/wall" element={<WallPage />} />
        <Route path="gatherings/:slug/rooms/:sessionId" element={<RoomPage />} />
        <Route path="my/gatherings" element={<MyGatheringsPage />} />
        <Route path="admin/claims" element={<AdminClaimsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* Full screen for a projector: no header or footer. */}
      <Route path="gatherings/:slug/board" element={<BoardPage />} />
    </Routes>
  );
}
