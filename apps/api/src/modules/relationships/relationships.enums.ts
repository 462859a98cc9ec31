import { registerEnumType } from '@nestjs/graphql';

/** How close two people who met are: either of them may change it. */
export enum Closeness {
  MET_ONCE = 'met_once',
  WORKING_TOGETHER = 'working_together',
  CLOSE = 'close',
}

/** PROPOSED: one said "we met", waiting for the other (seen by the two only). CONFIRMED: both said yes. */
export enum ConnectionStatus {
  PROPOSED = 'proposed',
  CONFIRMED = 'confirmed',
}

registerEnumType(Closeness, { name: 'Closeness', description: 'How close two people who met are.' });
registerEnumType(ConnectionStatus, {
  name: 'ConnectionStatus',
  description: 'PROPOSED: one said "we met" and the other has not yet confirmed (seen by the two only). CONFIRMED: both said yes.',
});
