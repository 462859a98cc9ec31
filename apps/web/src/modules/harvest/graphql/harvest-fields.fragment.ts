import { graphql } from '../../../gql';

export const HarvestFieldsFragment = graphql(`
  fragment HarvestFields on Harvest {
    gatheringId
    gatheringTitle
    gatheringSlug
    status
    visibility
    version
    publishedAt
    viewerMayEdit
    themes {
      heading
      body
    }
    sessions {
      id
      title
      hostName
      spaceName
      slotLabel
      slotStartsAt
      slotEndsAt
      tookPart
      notes {
        text
        authorName
      }
      actions {
        id
        what
        ownerName
        dueOn
        done
      }
    }
  }
`);
