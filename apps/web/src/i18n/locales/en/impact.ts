// English is the source language: every other locale's impact messages must have the same keys.
export const messages = {
  impact: {
    pageTitle: 'Relational impact: {{name}}',
    title: 'Relational impact of {{name}}',
    back: {
      GATHERING: 'Back to the gathering',
      NETWORK: 'Back to the network',
      COALITION: 'Back to the coalition',
    },
    counted: {
      GATHERING: 'This gathering and its follow-ups, one column each. Gatherings counted: {{gatherings}}.',
      NETWORK: 'The people of this network and the gatherings it convened, by quarter. Gatherings counted: {{gatherings}}.',
      COALITION:
        'The coalition and the networks in it, and the gatherings they convened, by quarter. Networks counted: {{networks}}; gatherings counted: {{gatherings}}.',
    },
    fullView: 'You see every measure, because you facilitate or convene. Others see only what is published.',
    publishedView: 'These are the measures {{name}} has chosen to publish.',
    privacy:
      'Figures about fewer than {{fewest}} people are not shown, and no one is ever named: these are counts and averages, never individuals.',
    suppressed: 'Fewer than {{fewest}} people — not shown to protect privacy',
    /** A table cell: the page says why above the tables. */
    suppressedCell: 'Fewer than {{fewest}} people',
    total: 'Total',
    downloadCsv: 'Download the figures (CSV)',
    print: 'Print the report',
    nothingTitle: 'No figures to show',
    nothingPublished: '{{name}} has not published any figures about its relational impact yet.',
    nothingYetFacilitator: 'Choose above which measures to publish.',
    notFoundTitle: 'Impact not found',
    notFoundBody: 'We could not find that gathering or network, or it is not shared with you.',
    bridgingEstimated: 'The map is large, so bridging is estimated from a sample of networks.',
    measures: {
      NEW_TIES: {
        title: 'New ties between people',
        about:
          'Ties both people confirmed after meeting: in all, between people who came for different networks, and between people whose networks work in different sectors.',
      },
      NETWORK_TIES: {
        title: 'New ties between networks',
        about: 'Ties between networks made after people who came for them met at a gathering.',
      },
      BRIDGING: {
        title: 'Bridging in the map',
        about:
          'How much the networks concerned bridge others in the map (betweenness, 0 to 1), without and with the ties made since the first gathering.',
      },
      INVITATION_REACH: {
        title: 'Reach of the invitations',
        about: 'How far invitations passed on from network to network went.',
      },
      ASKS_MET: {
        title: 'Asks met across networks',
        about: 'Asks of one network met by another.',
      },
      FEEDBACK: {
        title: 'Feedback before and after',
        about: 'The five feedback scales (1 to 5): the same people’s answers before and after, the change, and how many answered.',
      },
    },
    figures: {
      NEW_TIES: 'New ties',
      NEW_TIES_ACROSS_NETWORKS: 'Across networks',
      NEW_TIES_ACROSS_SECTORS: 'Across sectors',
      NETWORK_TIES_AFTER_MEETING: 'Network ties after meeting',
      BETWEENNESS_BEFORE: 'Betweenness before',
      BETWEENNESS_AFTER: 'Betweenness after',
      MAP_TIES_ADDED: 'Ties of these networks added to the map',
      NETWORKS_REACHED: 'Networks reached',
      INVITATION_DEPTH: 'Longest chain of invitations',
      PLACES_THROUGH_INVITATIONS: 'Places taken through invitations',
      ASKS_MET_ACROSS_NETWORKS: 'Asks met by another network',
      FEEDBACK_RESPONSES: 'Answers',
      FEEDBACK_RESPONSE_RATE: 'Response rate',
      SCALE_BEFORE: 'Before',
      SCALE_AFTER: 'After',
      SCALE_CHANGE: 'Change',
    },
    table: {
      caption: '{{measure}}: the figures',
      figure: 'Figure',
      none: '—',
    },
    chart: {
      label: 'Chart of {{measure}}; the table below gives the same figures.',
      nothingToDraw: 'Nothing to draw yet: see the table below.',
      before: 'Before',
      after: 'After',
    },
    publish: {
      title: 'What to publish',
      explain:
        'Choose the measures anyone may see — funders, partners, people who are not signed in — on this page and on the profile. Only counts and averages are ever published: figures about fewer than five people stay hidden, and no one is named. You can change this at any time.',
      label: 'Publish these measures',
      submit: 'Save what is published',
      saved: 'Saved. Everyone now sees the measures you chose.',
    },
    section: {
      title: 'Relational impact',
      intro: 'Figures {{name}} has published, since it started (figures about fewer than {{fewest}} people are not shown).',
      nothing: '{{name}} has not published figures about its relational impact yet.',
      open: 'See the relational impact over time',
      openFacilitator: 'See the relational impact in full and choose what to publish',
    },
  },
} as const;
