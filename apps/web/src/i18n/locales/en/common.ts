// English is the source language: every other locale's common messages must have the same keys.
export const messages = {
  app: {
    name: 'Weave',
    pageTitle: '{{title}} · Weave',
    skipToContent: 'Skip to main content',
    footer: 'Weave: convening networks of networks.',
  },
  nav: {
    menu: 'Menu',
    peopleMet: 'People you met',
    conversations: 'Conversations',
    asksOffers: 'Asks and offers',
    myGatherings: 'My gatherings',
    myActions: 'My actions',
    label: 'Main',
    home: 'Home',
    directory: 'Directory',
    account: 'Your account',
    signIn: 'Sign in',
    signUp: 'Sign up',
    signedInAs: 'Signed in as',
    adminClaims: 'Claims',
    adminAudit: 'Audit trail',
    newGathering: 'New gathering',
    bellLabel: 'Notifications',
    bellLabelUnread: 'Notifications, {{count}} unread',
  },
  language: {
    label: 'Language',
  },
  status: {
    loading: 'Loading',
    loadingPage: 'Loading the page',
    errorTitle: 'Something went wrong',
    retry: 'Try again',
  },
  errors: {
    network: "We couldn't reach Weave. Check your connection and try again.",
    tooManyRequests: 'Too many attempts. Please wait a minute and try again.',
    serviceUnavailable: 'Weave is briefly unavailable. Please try again in a few seconds.',
    unexpected: 'Something went wrong on our side. Please try again.',
  },
  form: {
    showPassword: 'Show password',
  },
  copy: {
    button: 'Copy',
    copied: 'Copied. You can paste it now.',
    failed: 'Could not copy. Select the link and copy it yourself.',
  },
  confirm: {
    cancel: 'Cancel',
    close: 'Close',
  },
  links: {
    impact: 'Relational impact',
    publishImpact: 'Relational impact: see it and choose what to publish',
    followUpConversations: 'Follow-up conversations',
  },
  scaleShort: {
    NETWORKING: 'Networking',
    KNOWLEDGE: 'Knowing the area',
    CONFIDENCE: 'Confidence',
    TRUST: 'Trust',
    SUPPORT: 'Support for local projects',
  },
  validation: {
    required: 'This field is required.',
    email: 'Enter an email address, like name@example.org.',
    passwordLength: 'Use at least {{count}} characters.',
    dateTimeNeeded: 'Enter a date and a time.',
  },
  verifyBanner: {
    title: 'Please confirm your email address',
    body: 'We sent a link to {{email}}. Until you open it, invitations sent to that address stay hidden from you.',
    resend: 'Send a new link',
    sent: 'A new link is on its way to {{email}}.',
  },
  notFound: {
    title: 'Page not found',
    body: "We couldn't find that page. It may have moved, or the link may be wrong.",
    home: 'Go to the home page',
    gathering: {
      title: 'Gathering not found',
      body: 'We couldn’t find that gathering. It may not be published yet, or the link may be wrong.',
    },
  },
} as const;
