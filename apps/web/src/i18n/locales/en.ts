// English is the source language: every other locale must have the same keys.
export const en = {
  app: {
    name: 'Weave',
    pageTitle: '{{title}} · Weave',
    skipToContent: 'Skip to main content',
    footer: 'Weave: convening networks of networks.',
  },
  nav: {
    label: 'Main',
    home: 'Home',
    account: 'Your account',
    signIn: 'Sign in',
    signUp: 'Sign up',
    signedInAs: 'Signed in as',
  },
  language: {
    label: 'Language',
  },
  status: {
    loading: 'Loading',
    errorTitle: 'Something went wrong',
    retry: 'Try again',
  },
  errors: {
    network: "We couldn't reach Weave. Check your connection and try again.",
    tooManyRequests: 'Too many attempts. Please wait a minute and try again.',
    unexpected: 'Something went wrong on our side. Please try again.',
  },
  validation: {
    required: 'This field is required.',
    email: 'Enter an email address, like name@example.org.',
    passwordLength: 'Use at least {{count}} characters.',
  },
  home: {
    title: 'Weave together networks of networks',
    intro:
      'Weave is a place for coalitions, alliances and community networks to see how they connect, gather together and learn from what happens.',
    featuresTitle: 'What you can do',
    graphTitle: 'See your network as a graph',
    graphBody:
      'Networks belong to networks. Weave shows coalitions, their members and the links between them as one living map.',
    convenersTitle: 'Support conveners',
    convenersBody:
      'Conveners hold the space. They invite people in, bring networks together and keep the conversation going.',
    gatheringsTitle: 'Host gatherings',
    gatheringsBody:
      'Plan gatherings online or in person, and let people from many networks take part.',
    openSpaceTitle: 'Open space',
    openSpaceBody:
      'Let participants set the agenda: anyone can offer a session on what matters to them.',
    harvestTitle: 'Harvest what emerges',
    harvestBody:
      'Gather notes, stories and decisions so nothing is lost when the gathering ends.',
    fundersTitle: 'Show relational impact',
    fundersBody:
      'Funders can see the relationships a network builds over time, not only the numbers.',
    ctaTitle: 'Get started',
    ctaSignedOut: 'Create an account or sign in to take part.',
    ctaSignedIn: 'Welcome back, {{name}}.',
    goToAccount: 'Go to your account',
  },
  signIn: {
    title: 'Sign in',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    noAccount: 'New to Weave?',
    signUpLink: 'Create an account',
  },
  signUp: {
    title: 'Create an account',
    email: 'Email address',
    displayName: 'Display name',
    displayNameHint: 'The name other people see. It can be a nickname.',
    password: 'Password',
    passwordHint: 'At least {{count}} characters. A short phrase of a few words is easy to remember.',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    signInLink: 'Sign in',
  },
  account: {
    title: 'Your account',
    signedInEmail: 'Signed in with {{email}}',
    profileTitle: 'Profile',
    displayName: 'Display name',
    pronouns: 'Pronouns',
    pronounsHint: 'Optional. For example: she/her, they/them.',
    bio: 'About you',
    bioHint: 'Optional. A few lines about you and your networks.',
    locale: 'Preferred language',
    saveProfile: 'Save profile',
    profileSaved: 'Profile saved.',
    passwordTitle: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: 'At least {{count}} characters.',
    changePassword: 'Change password',
    passwordChanged: 'Password changed. Your other devices have been signed out.',
    signOutTitle: 'Sign out',
    signOutBody: 'Sign out of Weave on this device.',
    signOut: 'Sign out',
  },
  notFound: {
    title: 'Page not found',
    body: "We couldn't find that page. It may have moved, or the link may be wrong.",
    home: 'Go to the home page',
  },
} as const;
