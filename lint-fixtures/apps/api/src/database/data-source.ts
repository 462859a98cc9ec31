// The data source lists every entity.
import { AlphaEntity } from '../modules/alpha/alpha.entity.js';

export const entities = [AlphaEntity];
