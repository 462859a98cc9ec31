import { AlphaResolver } from '../alpha/alpha.resolver.js';

export const beta = AlphaResolver;
