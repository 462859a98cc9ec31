import type { TFunction } from 'i18next';
import type { FeedbackScale, ImpactFigureName, ImpactSubjectKind } from '../../../gql/graphql';
import { exportLanguage } from '../../../i18n/languages';

/** A figure's name for people, with its feedback scale when it has one. */
export function figureLabel(t: TFunction<'impact'>, name: ImpactFigureName, scale: FeedbackScale | null): string {
  const label = t(`impact.figures.${name}`);
  return scale ? `${label}: ${t(`scaleShort.${scale}`)}` : label;
}

const CSV_FOLDER: Record<ImpactSubjectKind, string> = { GATHERING: 'gatherings', NETWORK: 'networks', COALITION: 'coalitions' };

/** The API's CSV of the same answer (same access rules: an outsider gets only the published measures), in the reader's language. */
export const impactCsvPath = (kind: ImpactSubjectKind, slug: string, language: string): string =>
  `/api/impact/${CSV_FOLDER[kind]}/${encodeURIComponent(slug)}.csv?lang=${exportLanguage(language)}`;
