import { graphql } from '../../../gql';

// Everything the impact view, its CSV and the profiles' public section show: figures, never individuals.
export const ImpactFieldsFragment = graphql(`
  fragment ImpactFields on Impact {
    subjectKind
    slug
    name
    periodKind
    fullView
    mayPublish
    published
    shown
    fewestPeopleShown
    gatheringCount
    networkCount
    bridgingNetworks
    bridgingEstimated
    bridgingSince
    periods {
      key
      label
      startsAt
      figures {
        ...ImpactFigureFields
      }
    }
    total {
      key
      label
      startsAt
      figures {
        ...ImpactFigureFields
      }
    }
  }
`);

export const ImpactFigureFieldsFragment = graphql(`
  fragment ImpactFigureFields on ImpactFigure {
    measure
    name
    scale
    suppressed
    value
  }
`);
