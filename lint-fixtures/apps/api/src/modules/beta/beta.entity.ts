// Entities declare foreign keys to other modules' entities.
import { AlphaEntity } from '../alpha/alpha.entity.js';

export const betaTo = () => AlphaEntity;
