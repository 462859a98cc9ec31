// Another feature's internals, not its index.ts.
import { thing } from '../alpha/components/thing';

export const beta = thing;
