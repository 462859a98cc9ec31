// The open-space feature's public surface: what the app may import. Open space depends on
// gatherings (a wall, room or board belongs to a gathering), never the other way round.
export { BoardPage } from './pages/BoardPage';
export { CarryOnPage } from './pages/CarryOnPage';
export { RoomPage } from './pages/RoomPage';
export { WallPage } from './pages/WallPage';
