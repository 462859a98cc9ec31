// A subfolder belongs to its module: its repository is its own.
import { AlphaRepository } from '../alpha.repository.js';

export const ties = AlphaRepository;
