// common/ imports no module.
import { AlphaService } from '../modules/alpha/alpha.service.js';

export const common = AlphaService;
