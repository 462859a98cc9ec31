import type { Messages } from '../../messages.types';

export const messages: Messages<'home'> = {
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
    gatheringsBody: 'Cynlluniwch gynulliadau ar-lein neu wyneb yn wyneb, a gadewch i bobl o sawl rhwydwaith gymryd rhan.',
    openSpaceTitle: 'Gofod agored',
    openSpaceBody: "Gadewch i'r cyfranogwyr osod yr agenda: gall unrhyw un gynnig sesiwn am yr hyn sy'n bwysig iddyn nhw.",
    harvestTitle: "Cynaeafu'r hyn sy'n codi",
    harvestBody: "Casglwch nodiadau, straeon a phenderfyniadau fel nad oes dim yn mynd ar goll pan ddaw'r cynulliad i ben.",
    fundersTitle: 'Dangos effaith berthynol',
    fundersBody: 'Gall cyllidwyr weld y perthnasoedd y mae rhwydwaith yn eu meithrin dros amser, nid y niferoedd yn unig.',
    ctaTitle: 'Dechrau arni',
    ctaSignedOut: 'Crëwch gyfrif neu mewngofnodwch i gymryd rhan.',
    ctaSignedIn: "Croeso'n ôl, {{name}}.",
    goToAccount: "Mynd i'ch cyfrif",
  },
};
