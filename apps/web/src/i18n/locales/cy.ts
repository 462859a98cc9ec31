import type { Messages } from '../messages.types';

export const cy: Messages = {
  app: {
    name: 'Weave',
    pageTitle: '{{title}} · Weave',
    skipToContent: "Neidio i'r prif gynnwys",
    footer: 'Weave: cynnull rhwydweithiau o rwydweithiau.',
  },
  nav: {
    label: 'Prif lywio',
    home: 'Hafan',
    account: 'Eich cyfrif',
    signIn: 'Mewngofnodi',
    signUp: 'Cofrestru',
    signedInAs: 'Wedi mewngofnodi fel',
  },
  language: {
    label: 'Iaith',
  },
  status: {
    loading: 'Yn llwytho',
    errorTitle: "Aeth rhywbeth o'i le",
    retry: 'Rhowch gynnig arall arni',
  },
  errors: {
    network:
      'Doedden ni ddim yn gallu cysylltu â Weave. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    tooManyRequests: 'Gormod o ymdrechion. Arhoswch funud a rhowch gynnig arall arni.',
    unexpected: "Aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni.",
  },
  validation: {
    required: "Mae angen llenwi'r maes hwn.",
    email: 'Rhowch gyfeiriad e-bost, fel enw@example.org.',
    passwordLength: 'Defnyddiwch o leiaf {{count}} nod.',
  },
  home: {
    title: 'Plethu rhwydweithiau o rwydweithiau ynghyd',
    intro:
      "Mae Weave yn lle i glymbleidiau, cynghreiriau a rhwydweithiau cymunedol weld sut maen nhw'n cysylltu, dod at ei gilydd a dysgu o'r hyn sy'n digwydd.",
    featuresTitle: 'Beth gallwch chi ei wneud',
    graphTitle: 'Gweld eich rhwydwaith fel graff',
    graphBody:
      "Mae rhwydweithiau'n perthyn i rwydweithiau. Mae Weave yn dangos clymbleidiau, eu haelodau a'r cysylltiadau rhyngddyn nhw fel un map byw.",
    convenersTitle: 'Cefnogi cynullwyr',
    convenersBody:
      "Mae cynullwyr yn dal y gofod. Maen nhw'n gwahodd pobl i mewn, yn dod â rhwydweithiau at ei gilydd ac yn cadw'r sgwrs i fynd.",
    gatheringsTitle: 'Cynnal cynulliadau',
    gatheringsBody:
      'Cynlluniwch gynulliadau ar-lein neu wyneb yn wyneb, a gadewch i bobl o sawl rhwydwaith gymryd rhan.',
    openSpaceTitle: 'Gofod agored',
    openSpaceBody:
      "Gadewch i'r cyfranogwyr osod yr agenda: gall unrhyw un gynnig sesiwn am yr hyn sy'n bwysig iddyn nhw.",
    harvestTitle: "Cynaeafu'r hyn sy'n codi",
    harvestBody:
      'Casglwch nodiadau, straeon a phenderfyniadau fel nad oes dim yn mynd ar goll pan ddaw'r cynulliad i ben.',
    fundersTitle: 'Dangos effaith berthynol',
    fundersBody:
      "Gall cyllidwyr weld y perthnasoedd y mae rhwydwaith yn eu meithrin dros amser, nid y niferoedd yn unig.",
    ctaTitle: 'Dechrau arni',
    ctaSignedOut: 'Crëwch gyfrif neu mewngofnodwch i gymryd rhan.',
    ctaSignedIn: "Croeso'n ôl, {{name}}.",
    goToAccount: "Mynd i'ch cyfrif",
  },
  signIn: {
    title: 'Mewngofnodi',
    email: 'Cyfeiriad e-bost',
    password: 'Cyfrinair',
    submit: 'Mewngofnodi',
    noAccount: 'Newydd i Weave?',
    signUpLink: 'Creu cyfrif',
  },
  signUp: {
    title: 'Creu cyfrif',
    email: 'Cyfeiriad e-bost',
    displayName: 'Enw arddangos',
    displayNameHint: "Yr enw y mae pobl eraill yn ei weld. Gall fod yn llysenw.",
    password: 'Cyfrinair',
    passwordHint:
      "O leiaf {{count}} nod. Mae ymadrodd byr o ychydig eiriau yn hawdd ei gofio.",
    submit: 'Creu cyfrif',
    haveAccount: 'Oes gennych chi gyfrif yn barod?',
    signInLink: 'Mewngofnodi',
  },
  account: {
    title: 'Eich cyfrif',
    signedInEmail: 'Wedi mewngofnodi gyda {{email}}',
    profileTitle: 'Proffil',
    displayName: 'Enw arddangos',
    pronouns: 'Rhagenwau',
    pronounsHint: 'Dewisol. Er enghraifft: hi/ei, nhw/eu.',
    bio: 'Amdanoch chi',
    bioHint: "Dewisol. Ychydig linellau amdanoch chi a'ch rhwydweithiau.",
    locale: 'Iaith o ddewis',
    saveProfile: "Cadw'r proffil",
    profileSaved: "Mae'r proffil wedi'i gadw.",
    passwordTitle: 'Newid cyfrinair',
    currentPassword: 'Cyfrinair presennol',
    newPassword: 'Cyfrinair newydd',
    newPasswordHint: 'O leiaf {{count}} nod.',
    changePassword: 'Newid cyfrinair',
    passwordChanged:
      "Mae'r cyfrinair wedi newid. Mae eich dyfeisiau eraill wedi cael eu hallgofnodi.",
    signOutTitle: 'Allgofnodi',
    signOutBody: 'Allgofnodi o Weave ar y ddyfais hon.',
    signOut: 'Allgofnodi',
  },
  notFound: {
    title: "Heb ddod o hyd i'r dudalen",
    body: "Doedden ni ddim yn gallu dod o hyd i'r dudalen honno. Efallai ei bod wedi symud, neu fod y ddolen yn anghywir.",
    home: "Mynd i'r hafan",
  },
};
