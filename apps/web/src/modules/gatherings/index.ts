// The gatherings feature's public surface: what the app and other features (open space) may import.
import { lazyPage } from '../../ui/lazy-page';
export { CheckInQrCode } from './components/CheckInQrCode';
export { FollowUpForm } from './components/FollowUpForm';
export { GatheringGate } from './components/GatheringGate';
export { GatheringParticipantsQuery } from './graphql/gathering-participants.query';
export const CheckInPage = lazyPage(() => import('./pages/CheckInPage'), 'CheckInPage');
export const DoorPage = lazyPage(() => import('./pages/DoorPage'), 'DoorPage');
export const EditGatheringPage = lazyPage(() => import('./pages/EditGatheringPage'), 'EditGatheringPage');
export const GatheringDashboardPage = lazyPage(() => import('./pages/GatheringDashboardPage'), 'GatheringDashboardPage');
export const GatheringPage = lazyPage(() => import('./pages/GatheringPage'), 'GatheringPage');
export const MyGatheringsPage = lazyPage(() => import('./pages/MyGatheringsPage'), 'MyGatheringsPage');
export const NewGatheringPage = lazyPage(() => import('./pages/NewGatheringPage'), 'NewGatheringPage');
export const PlanFollowUpPage = lazyPage(() => import('./pages/PlanFollowUpPage'), 'PlanFollowUpPage');
export { isParticipant } from './utils/participation';
export { isLocalDateTime, utcToZonedLocal, zonedLocalToUtc, zonePlaceName } from './utils/zoned-time';
