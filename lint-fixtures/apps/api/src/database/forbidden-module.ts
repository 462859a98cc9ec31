import { AlphaEntity } from '../modules/alpha/alpha.entity.js';

export const database = AlphaEntity;
