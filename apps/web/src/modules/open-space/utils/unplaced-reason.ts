import type { TFunction } from 'i18next';
import type { UnplacedReason } from '../../../gql/graphql';

const UNPLACED_REASONS = ['NO_SUITABLE_SPACE', 'NO_FREE_CELL'] as const satisfies readonly UnplacedReason[];
const isKnownUnplaced = (code: string): code is (typeof UNPLACED_REASONS)[number] => UNPLACED_REASONS.some((known) => known === code);

/** Why the suggestion left a session out, by its code; the server's English for a code this client does not know. */
export function wordUnplacedReason(t: TFunction<'open-space'>, { code, reason }: { code: string; reason: string }): string {
  return isKnownUnplaced(code) ? t(`openSpace.suggest.unplacedReasons.${code}`) : reason;
}
