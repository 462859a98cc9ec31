import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { AdminAuditPage, AdminClaimsPage } from '../modules/admin';
import {
  AccountPage,
  NotificationSettingsPage,
  ForgotPasswordPage,
  ResetPasswordPage,
  SignInPage,
  SignInWithLinkPage,
  SignUpPage,
  VerifyEmailPage,
} from '../modules/accounts';
import { ConversationPage, ConversationsPage, JoinConversationPage } from '../modules/conversations';
import { AskOfferPage, AsksOffersPage } from '../modules/asks-offers';
import {
  CheckInPage,
  DoorPage,
  EditGatheringPage,
  GatheringDashboardPage,
  GatheringPage,
  MyGatheringsPage,
  NewGatheringPage,
  PlanFollowUpPage,
} from '../modules/gatherings';
import { HomePage, NotFoundPage } from '../modules/home';
import { DirectoryPage, ManageNetworkPage, NetworkProfilePage, RegisterNetworkPage } from '../modules/networks';
import { FeedbackPage, FeedbackResultsPage } from '../modules/feedback';
import { CoalitionImpactPage, GatheringImpactPage, NetworkImpactPage } from '../modules/impact';
import { LoadingState } from '../ui/LoadingState';
import { HarvestPage, MyActionsPage } from '../modules/harvest';
import { PeopleMetPage } from '../modules/relationships';
import { InboxPage } from '../modules/notifications';
import { BoardPage, CarryOnPage, RoomPage, WallPage } from '../modules/open-space';
import { PageLoading } from '../ui/PageLoading';
import { AppLayout } from './layout/AppLayout';
import { routes } from './routes';

/** Every page is loaded when its route is first shown (the features export them lazily), inside a Suspense. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path={routes.signIn.pattern} element={<SignInPage />} />
        <Route path={routes.signInWithLink.pattern} element={<SignInWithLinkPage />} />
        <Route path={routes.signUp.pattern} element={<SignUpPage />} />
        <Route path={routes.verifyEmail.pattern} element={<VerifyEmailPage />} />
        <Route path={routes.forgotPassword.pattern} element={<ForgotPasswordPage />} />
        <Route path={routes.resetPassword.pattern} element={<ResetPasswordPage />} />
        <Route path={routes.account.pattern} element={<AccountPage />} />
        <Route path={routes.accountNotifications.pattern} element={<NotificationSettingsPage />} />
        <Route path={routes.directory.pattern} element={<DirectoryPage />} />
        <Route path={routes.registerNetwork.pattern} element={<RegisterNetworkPage />} />
        <Route path={routes.network.pattern} element={<NetworkProfilePage />} />
        <Route path={routes.manageNetwork.pattern} element={<ManageNetworkPage />} />
        <Route path={routes.newGathering.pattern} element={<NewGatheringPage />} />
        <Route path={routes.gathering.pattern} element={<GatheringPage />} />
        <Route path={routes.editGathering.pattern} element={<EditGatheringPage />} />
        <Route path={routes.gatheringDashboard.pattern} element={<GatheringDashboardPage />} />
        <Route path={routes.gatheringCheckIn.pattern} element={<CheckInPage />} />
        <Route path={routes.gatheringDoor.pattern} element={<DoorPage />} />
        <Route path={routes.planFollowUp.pattern} element={<PlanFollowUpPage />} />
        <Route path={routes.gatheringWall.pattern} element={<WallPage />} />
        <Route path={routes.gatheringRoom.pattern} element={<RoomPage />} />
        <Route path={routes.gatheringHarvest.pattern} element={<HarvestPage />} />
        <Route path={routes.feedback.pattern} element={<FeedbackPage />} />
        <Route path={routes.feedbackResults.pattern} element={<FeedbackResultsPage />} />
        {/* Loaded with their route (the chart library with them), so each waits in a Suspense. */}
        <Route
          path={routes.gatheringImpact.pattern}
          element={
            <Suspense fallback={<LoadingState />}>
              <GatheringImpactPage />
            </Suspense>
          }
        />
        <Route
          path={routes.networkImpact.pattern}
          element={
            <Suspense fallback={<LoadingState />}>
              <NetworkImpactPage />
            </Suspense>
          }
        />
        <Route
          path={routes.coalitionImpact.pattern}
          element={
            <Suspense fallback={<LoadingState />}>
              <CoalitionImpactPage />
            </Suspense>
          }
        />
        <Route path={routes.carryOn.pattern} element={<CarryOnPage />} />
        <Route path={routes.myGatherings.pattern} element={<MyGatheringsPage />} />
        <Route path={routes.inbox.pattern} element={<InboxPage />} />
        <Route path={routes.myActions.pattern} element={<MyActionsPage />} />
        <Route path={routes.peopleMet.pattern} element={<PeopleMetPage />} />
        <Route path={routes.conversations.pattern} element={<ConversationsPage />} />
        <Route path={routes.joinConversation.pattern} element={<JoinConversationPage />} />
        <Route path={routes.conversation.pattern} element={<ConversationPage />} />
        <Route path={routes.asksOffers.pattern} element={<AsksOffersPage />} />
        <Route path={routes.askOffer.pattern} element={<AskOfferPage />} />
        <Route path={routes.adminClaims.pattern} element={<AdminClaimsPage />} />
        <Route path={routes.adminAudit.pattern} element={<AdminAuditPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* Full screen for a projector: no header or footer. */}
      <Route
        path={routes.gatheringBoard.pattern}
        element={
          <Suspense fallback={<PageLoading />}>
            <BoardPage />
          </Suspense>
        }
      />
    </Routes>
  );
}
