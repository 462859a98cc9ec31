import { AlphaService } from '../alpha/alpha.service.js';
import { MakeAlphaInput } from '../alpha/dtos/make-alpha.input.js';

export const beta = [AlphaService, MakeAlphaInput];
