import { expressionBuilder, sql, type SqlBool } from 'kysely';
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

/** A person's language (people.locale), as a scalar subquery: emails to them are written in it. */
export function localeOf(person: IdOrRef) {
  return eb.selectFrom('people as spoken').select('spoken.locale').where('spoken.id', '=', person);
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

/**
 * The one rule for honouring what was sent to an address: a person holds an
 * address only once they have proved they receive mail there (a verification,
 * password-reset or sign-in link). Until then anyone could have typed it at
 * sign-up, so invitations, roles and links addressed to it are not theirs.
 */
export const emailProved = (alias: string) => sql<SqlBool>`${sql.ref(`${alias}.emailVerifiedAt`)} IS NOT NULL`;

/**
 * A person's email if they have proved it, as a scalar subquery (null when
 * not): compare what was addressed to an email with this, never with the bare
 * address, e.g. `.where('i.email', '=', provedEmailOf(viewerId))`.
 */
export function provedEmailOf(person: IdOrRef) {
  return eb.selectFrom('people as prover').select('prover.email').where('prover.id', '=', person).where(emailProved('prover'));
}

/** The id of the person who has proved this email (a subquery; none when nobody has). */
export function personWithProvedEmail(email: string) {
  return eb.selectFrom('people as addressed').select('addressed.id').where('addressed.email', '=', email).where(emailProved('addressed'));
}
