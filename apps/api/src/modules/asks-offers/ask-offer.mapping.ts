import type { AskOfferModel } from './ask-offer.model.js';
import type { AskOfferRow } from './asks-offers.repository.js';

/** The GraphQL shape of a row: a name shows only where the viewer may see it (the row's joins decided). */
export function askOfferModel(row: AskOfferRow): AskOfferModel {
  return {
    id: row.id,
    side: row.side,
    kind: row.kind,
    title: row.title,
    description: row.description,
    themes: row.themes,
    area: row.area,
    endsOn: row.endsOn,
    status: row.status,
    network:
      row.networkId && row.networkName
        ? {
            id: row.networkId,
            slug: row.networkSlug ?? '',
            name: row.networkName,
            kind: row.networkKind!,
            isClosed: Boolean(row.networkIsClosed),
          }
        : null,
    postedBy: row.postedById && row.postedByName ? { id: row.postedById, displayName: row.postedByName } : null,
    gathering: row.gatheringId && row.gatheringTitle ? { id: row.gatheringId, title: row.gatheringTitle, slug: row.gatheringSlug } : null,
    metByOffer: row.metByOfferId && row.metByOfferTitle ? { id: row.metByOfferId, title: row.metByOfferTitle, slug: null } : null,
    metByNetwork:
      row.metByNetworkId && row.metByNetworkName
        ? {
            id: row.metByNetworkId,
            slug: row.metByNetworkSlug ?? '',
            name: row.metByNetworkName,
            kind: row.metByNetworkKind!,
            isClosed: Boolean(row.metByNetworkIsClosed),
          }
        : null,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    viewerMayEdit: row.viewerMayEdit,
  };
}
