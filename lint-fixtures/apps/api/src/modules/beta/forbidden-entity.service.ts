// Only an entity may import another module's entity.
import { AlphaEntity } from '../alpha/alpha.entity.js';

export const beta = AlphaEntity;
