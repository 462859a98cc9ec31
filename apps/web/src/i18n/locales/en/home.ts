// English is the source language: every other locale's home messages must have the same keys.
export const messages = {
  home: {
    title: 'Weave together networks of networks',
    intro:
      'Weave is a place for coalitions, alliances and community networks to see how they connect, gather together and learn from what happens.',
    featuresTitle: 'What you can do',
    graphTitle: 'See your network as a graph',
    graphBody: 'Networks belong to networks. Weave shows coalitions, their members and the links between them as one living map.',
    convenersTitle: 'Support conveners',
    convenersBody: 'Conveners hold the space. They invite people in, bring networks together and keep the conversation going.',
    gatheringsTitle: 'Host gatherings',
    gatheringsBody: 'Plan gatherings online or in person, and let people from many networks take part.',
    openSpaceTitle: 'Open space',
    openSpaceBody: 'Let participants set the agenda: anyone can offer a session on what matters to them.',
    harvestTitle: 'Harvest what emerges',
    harvestBody: 'Gather notes, stories and decisions so nothing is lost when the gathering ends.',
    fundersTitle: 'Show relational impact',
    fundersBody: 'Funders can see the relationships a network builds over time, not only the numbers.',
    ctaTitle: 'Get started',
    ctaSignedOut: 'Create an account or sign in to take part.',
    ctaSignedIn: 'Welcome back, {{name}}.',
    goToAccount: 'Go to your account',
  },
} as const;
