// The gatherings feature's public surface: what the app and other features (open space) may import.
export { CheckInQrCode } from './components/CheckInQrCode';
export { FollowUpForm } from './components/FollowUpForm';
export { GatheringGate } from './components/GatheringGate';
export { GatheringParticipantsQuery } from './graphql/gathering-participants.query';
export { CheckInPage } from './pages/CheckInPage';
export { DoorPage } from './pages/DoorPage';
export { EditGatheringPage } from './pages/EditGatheringPage';
export { GatheringDashboardPage } from './pages/GatheringDashboardPage';
export { GatheringPage } from './pages/GatheringPage';
export { MyGatheringsPage } from './pages/MyGatheringsPage';
export { NewGatheringPage } from './pages/NewGatheringPage';
export { PlanFollowUpPage } from './pages/PlanFollowUpPage';
export { isParticipant } from './utils/participation';
export { isLocalDateTime, utcToZonedLocal, zonedLocalToUtc, zonePlaceName } from './utils/zoned-time';
