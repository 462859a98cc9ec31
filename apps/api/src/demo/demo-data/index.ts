import { cynonValley } from './cynon-valley.js';
import { govanhillArea } from './govanhill.js';
import { ludlowArea } from './ludlow.js';
import { national } from './national.js';
import { sheffield } from './sheffield.js';
import type { DemoNetwork, DemoTie } from './types.js';

export type { DemoNetwork, DemoPersonKey, DemoTie } from './types.js';

// Order matters: a tie's parent and member are registered before the tie.
const areas = [national, cynonValley, govanhillArea, sheffield, ludlowArea];

export const DEMO_NETWORKS: DemoNetwork[] = areas.flatMap((a) => a.networks);
export const DEMO_TIES: DemoTie[] = areas.flatMap((a) => a.ties);
