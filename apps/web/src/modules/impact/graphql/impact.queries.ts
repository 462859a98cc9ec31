import { graphql } from '../../../gql';

// One query per kind of subject, as the API has them; the page picks by route.
export const GatheringImpactQuery = graphql(`
  query GatheringImpact($slug: String!) {
    gatheringImpact(slug: $slug) {
      ...ImpactFields
    }
  }
`);

export const NetworkImpactQuery = graphql(`
  query NetworkImpact($slug: String!) {
    networkImpact(slug: $slug) {
      ...ImpactFields
    }
    # The network's id, which choosing what it publishes needs.
    network(slug: $slug) {
      id
    }
  }
`);

export const CoalitionImpactQuery = graphql(`
  query CoalitionImpact($slug: String!) {
    coalitionImpact(slug: $slug) {
      ...ImpactFields
    }
    network(slug: $slug) {
      id
    }
  }
`);
