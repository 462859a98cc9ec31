// The gatherings feature's public surface: what the app and other features (open space) may import.
import { lazyPage } from '../../ui/lazy-page';
export { CheckInQrCode } from './components/CheckInQrCode';
export { FollowUpForm } from './components/FollowUpForm';
export { GatheringGate } from './components/GatheringGate';
export { GatheringParticipantsQuery } from './graphql/gathering-participants.query';
export const CheckInPage = lazyPage(() => import('./pages/CheckInPage'), 'CheckInPage', ['gatherings']);
export const DoorPage = lazyPage(() => import('./pages/DoorPage'), 'DoorPage', ['gatherings', 'open-space']);
export const EditGatheringPage = lazyPage(() => import('./pages/EditGatheringPage'), 'EditGatheringPage', ['gatherings']);
export const GatheringDashboardPage = lazyPage(() => import('./pages/GatheringDashboardPage'), 'GatheringDashboardPage', [
  'gatherings',
  'networks',
]);
export const GatheringPage = lazyPage(() => import('./pages/GatheringPage'), 'GatheringPage', [
  'gatherings',
  'open-space',
  'relationships',
]);
export const MyGatheringsPage = lazyPage(() => import('./pages/MyGatheringsPage'), 'MyGatheringsPage', ['gatherings']);
export const NewGatheringPage = lazyPage(() => import('./pages/NewGatheringPage'), 'NewGatheringPage', ['gatherings']);
export const PlanFollowUpPage = lazyPage(() => import('./pages/PlanFollowUpPage'), 'PlanFollowUpPage', ['gatherings']);
export { isParticipant } from './utils/participation';
export { isLocalDateTime, utcToZonedLocal, zonedLocalToUtc, zonePlaceName } from './utils/zoned-time';
