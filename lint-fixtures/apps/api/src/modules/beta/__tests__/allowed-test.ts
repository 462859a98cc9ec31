// Tests may import anything.
import { AlphaRepository } from '../../alpha/alpha.repository.js';

export const beta = AlphaRepository;
