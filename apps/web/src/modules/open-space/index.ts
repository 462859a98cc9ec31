// The open-space feature's public surface: what the app may import. Open space depends on
// gatherings (a wall, room or board belongs to a gathering), never the other way round.
import { lazyPage } from '../../ui/lazy-page';
export const BoardPage = lazyPage(() => import('./pages/BoardPage'), 'BoardPage', ['open-space']);
export const CarryOnPage = lazyPage(() => import('./pages/CarryOnPage'), 'CarryOnPage', ['gatherings', 'open-space']);
export const RoomPage = lazyPage(() => import('./pages/RoomPage'), 'RoomPage', ['open-space']);
export const WallPage = lazyPage(() => import('./pages/WallPage'), 'WallPage', ['asks-offers', 'open-space']);
