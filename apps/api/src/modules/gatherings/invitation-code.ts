import { randomBytes } from 'node:crypto';

/** The code in an invitation link: 12 characters, unguessable. */
export const newInvitationCode = () => randomBytes(9).toString('base64url');
