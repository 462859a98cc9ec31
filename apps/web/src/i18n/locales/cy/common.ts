import type { Messages } from '../../messages.types';

export const messages: Messages<'common'> = {
  app: {
    name: 'Weave',
    pageTitle: '{{title}} · Weave',
    skipToContent: "Neidio i'r prif gynnwys",
    footer: 'Weave: cynnull rhwydweithiau o rwydweithiau.',
  },
  nav: {
    menu: 'Dewislen',
    peopleMet: 'Pobl y gwnaethoch gwrdd â nhw',
    conversations: 'Sgyrsiau',
    asksOffers: 'Ceisiadau a chynigion',
    myGatherings: 'Fy nghynulliadau',
    myActions: 'Fy ngweithredoedd',
    label: 'Prif lywio',
    home: 'Hafan',
    directory: 'Cyfeiriadur',
    account: 'Eich cyfrif',
    signIn: 'Mewngofnodi',
    signUp: 'Cofrestru',
    signedInAs: 'Wedi mewngofnodi fel',
    adminClaims: 'Hawliadau',
    adminAudit: 'Llwybr archwilio',
    newGathering: 'Cynulliad newydd',
    bellLabel: 'Hysbysiadau',
    bellLabelUnread: 'Hysbysiadau, {{count}} heb eu darllen',
  },
  language: {
    label: 'Iaith',
  },
  status: {
    loading: 'Yn llwytho',
    loadingPage: 'Wrthi’n llwytho’r dudalen',
    errorTitle: "Aeth rhywbeth o'i le",
    retry: 'Rhowch gynnig arall arni',
  },
  errors: {
    network: 'Doedden ni ddim yn gallu cysylltu â Weave. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    tooManyRequests: 'Gormod o ymdrechion. Arhoswch funud a rhowch gynnig arall arni.',
    serviceUnavailable: 'Nid yw Weave ar gael am ychydig. Rhowch gynnig arall arni ymhen ychydig eiliadau.',
    unexpected: "Aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni.",
  },
  form: {
    showPassword: 'Dangos y cyfrinair',
  },
  copy: {
    button: 'Copïo',
    copied: "Wedi'i gopïo. Gallwch ei ludo nawr.",
    failed: "Methu copïo. Dewiswch y ddolen a'i chopïo eich hun.",
  },
  confirm: {
    cancel: 'Canslo',
    close: 'Cau',
  },
  links: {
    impact: 'Effaith berthynol',
    publishImpact: 'Effaith berthynol: ei gweld a dewis beth i’w gyhoeddi',
    followUpConversations: 'Sgyrsiau dilynol',
  },
  scaleShort: {
    NETWORKING: 'Rhwydweithio',
    KNOWLEDGE: 'Adnabod yr ardal',
    CONFIDENCE: 'Hyder',
    TRUST: 'Ymddiriedaeth',
    SUPPORT: 'Cefnogaeth i brosiectau lleol',
  },
  validation: {
    required: "Mae angen llenwi'r maes hwn.",
    email: 'Rhowch gyfeiriad e-bost, fel enw@example.org.',
    passwordLength: 'Defnyddiwch o leiaf {{count}} nod.',
    dateTimeNeeded: 'Rhowch ddyddiad ac amser.',
  },
  verifyBanner: {
    title: 'Cadarnhewch eich cyfeiriad e-bost, os gwelwch yn dda',
    body: "Anfonon ni ddolen at {{email}}. Nes i chi ei hagor, mae gwahoddiadau a anfonir i'r cyfeiriad hwnnw yn cael eu cuddio rhagoch.",
    resend: 'Anfon dolen newydd',
    sent: 'Mae dolen newydd ar ei ffordd at {{email}}.',
  },
  notFound: {
    title: "Heb ddod o hyd i'r dudalen",
    body: "Doedden ni ddim yn gallu dod o hyd i'r dudalen honno. Efallai ei bod wedi symud, neu fod y ddolen yn anghywir.",
    home: "Mynd i'r hafan",
    gathering: {
      title: 'Heb ddod o hyd i’r cynulliad',
      body: 'Doedden ni ddim yn gallu dod o hyd i’r cynulliad hwnnw. Efallai nad yw wedi’i gyhoeddi eto, neu fod y ddolen yn anghywir.',
    },
  },
};
