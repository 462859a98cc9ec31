import { graphql } from '../../../gql';

// Everything the profile and manage pages show about one network.
export const NetworkFieldsFragment = graphql(`
  fragment NetworkFields on Network {
    id
    slug
    name
    kind
    purpose
    values
    description
    themes
    sectors
    area {
      placeName
      region
      latitude
      longitude
    }
    scope
    lifecycleStage
    isClosed
    closingNote
    visibility
    website
    contact
    memberCount
    viewerRoles
    createdAt
  }
`);
