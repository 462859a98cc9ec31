import { expressionBuilder } from 'kysely';
import type { DB } from '../../database/db.generated.js';
import type { IdOrRef } from '../../database/database.js';

// SQL fragments other modules build into their own queries: the accounts
// module's public face onto people.

const eb = expressionBuilder<DB>();

/** A person's display name, as a scalar subquery (for a select list). */
export function displayNameOf(person: IdOrRef) {
  return eb.selectFrom('people as named').select('named.displayName').where('named.id', '=', person);
}

/** A person's email, as a scalar subquery (for a select list, e.g. a spreadsheet for conveners). */
export function emailOf(person: IdOrRef) {
  return eb.selectFrom('people as mailed').select('mailed.email').where('mailed.id', '=', person);
}

/** People as other modules may show them (never a password hash or calendar token): a derived table to join, `.innerJoin(personProfiles().as('p'), …)`. */
export function personProfiles() {
  return eb
    .selectFrom('people as profile')
    .select([
      'profile.id',
      'profile.email',
      'profile.displayName',
      'profile.pronouns',
      'profile.bio',
      'profile.locale',
      'profile.isPlatformAdmin',
      'profile.createdAt',
    ]);
}

/** The id of the person with this email (a subquery; none when nobody has it). */
export function personWithEmail(email: string) {
  return eb.selectFrom('people as addressed').select('addressed.id').where('addressed.email', '=', email);
}
