// The app reaches a feature only through its index.ts.
import { thing } from '../modules/alpha/components/thing';

export const app = thing;
