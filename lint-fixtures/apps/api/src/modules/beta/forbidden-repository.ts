// A repository is private to its module.
import { AlphaRepository } from '../alpha/alpha.repository.js';

export const beta = AlphaRepository;
