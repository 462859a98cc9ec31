import { graphql } from '../../../gql';

export const AskOfferFieldsFragment = graphql(`
  fragment AskOfferFields on AskOffer {
    id
    side
    kind
    title
    description
    themes
    area
    endsOn
    status
    createdAt
    closedAt
    viewerMayEdit
    network {
      id
      slug
      name
    }
    postedBy {
      id
      displayName
    }
    gathering {
      id
      title
      slug
    }
    metByOffer {
      id
      title
    }
    metByNetwork {
      id
      slug
      name
    }
  }
`);

export const AsksOffersQuery = graphql(`
  query AsksOffers($filter: AskOfferFilterInput, $first: Int, $after: String) {
    asksOffers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AskOfferFields
        }
      }
    }
  }
`);

export const AskOfferQuery = graphql(`
  query AskOffer($id: UUID!) {
    askOffer(id: $id) {
      ...AskOfferFields
    }
    askOfferMatches(id: $id, first: 10) {
      score
      isGood
      sameNetwork
      introductionConversationId
      match {
        ...AskOfferFields
      }
    }
  }
`);

export const MyPostingNetworksQuery = graphql(`
  query MyPostingNetworks {
    myNetworks {
      id
      name
      viewerRoles
    }
  }
`);

export const PostAskOfferMutation = graphql(`
  mutation PostAskOffer($input: PostAskOfferInput!) {
    postAskOffer(input: $input) {
      ...AskOfferFields
    }
  }
`);

export const CloseAskOfferMutation = graphql(`
  mutation CloseAskOffer($input: CloseAskOfferInput!) {
    closeAskOffer(input: $input) {
      ...AskOfferFields
    }
  }
`);

export const IntroduceAskOfferMutation = graphql(`
  mutation IntroduceAskOffer($input: AskAndOfferInput!) {
    introduceAskOffer(input: $input) {
      conversationId
      isNew
    }
  }
`);

export const MarkAskMetMutation = graphql(`
  mutation MarkAskMet($input: AskAndOfferInput!) {
    markAskMet(input: $input) {
      ...AskOfferFields
    }
  }
`);

export const GatheringAsksOffersQuery = graphql(`
  query GatheringAsksOffers($gatheringId: UUID!) {
    asksOffers(filter: { gatheringId: $gatheringId }, first: 20) {
      totalCount
      edges {
        node {
          id
          side
          title
          status
        }
      }
    }
  }
`);

export const UpdateAskOfferMutation = graphql(`
  mutation UpdateAskOffer($input: UpdateAskOfferInput!) {
    updateAskOffer(input: $input) {
      ...AskOfferFields
    }
  }
`);
