import type { Messages } from '../../messages.types';

export const messages: Messages<'admin'> = {
  admin: {
    claims: {
      title: "Hawliadau i'w hadolygu",
      intro: "Mae pobl yn dweud mai eu rhwydweithiau nhw yw'r rhestriadau hyn. Darllenwch yr hyn a ysgrifennon nhw cyn penderfynu.",
      none: 'Does dim hawliadau yn aros.',
      forbidden: "Dim ond gweinyddwyr Weave sy'n gallu adolygu hawliadau.",
      by: 'Gan {{name}} ({{email}}), {{date}}',
      approve: 'Cymeradwyo',
      decline: 'Gwrthod',
      approveLabel: 'Cymeradwyo hawliad {{name}} am {{network}}',
      declineLabel: 'Gwrthod hawliad {{name}} am {{network}}',
      approved: 'Mae {{name}} bellach yn hwylusydd {{network}}.',
      declined: 'Rydych wedi gwrthod hawliad {{name}} am {{network}}.',
    },
    audit: {
      title: 'Llwybr archwilio',
      intro:
        'Gweithredoedd o bwys ar Weave, y diweddaraf yn gyntaf: pwy newidiodd rolau neu eu trosglwyddo, penderfynu ar hawliadau a chofrestriadau, cau rhwydweithiau, neu lawrlwytho manylion pobl.',
      forbidden: "Dim ond gweinyddwyr Weave sy'n gallu darllen y llwybr archwilio.",
      none: 'Does dim wedi’i gofnodi eto.',
      noneOfKind: 'Does dim o’r math hwn wedi’i gofnodi eto.',
      filterLabel: 'Dangos',
      allActions: 'Pob math o weithred',
      loadingPage: 'Wrthi’n llwytho tudalen {{page}} o’r llwybr archwilio…',
      caption: 'Tudalen {{page}} o’r llwybr archwilio ({{count}} gweithred i gyd)',
      newer: 'Mwy diweddar',
      older: 'Hŷn',
      accountGone: 'Cyfrif a ddilëwyd ers hynny',
      columns: { when: 'Pryd', who: 'Pwy', what: 'Beth', subject: 'Ar beth', detail: 'Manylion' },
      actions: {
        ROLE_GRANTED: 'Rôl wedi’i rhoi',
        ROLE_ENDED: 'Rôl wedi dod i ben',
        ROLE_HANDED_OVER: 'Rôl wedi’i throsglwyddo',
        CLAIM_DECIDED: 'Penderfyniad ar hawliad',
        NETWORK_CLOSED: 'Rhwydwaith wedi cau',
        REGISTRATION_DECIDED: 'Penderfyniad ar gofrestriad',
        EXPORT_DOWNLOADED: 'Allforyn wedi’i lawrlwytho',
        CHECK_IN_TICKED: 'Presenoldeb wedi’i gofrestru gan gynullydd',
        CHECK_IN_UNTICKED: 'Presenoldeb wedi’i ddadwneud gan gynullydd',
        POST_HIDDEN: 'Neges wedi’i chuddio',
      },
      subjects: { NETWORK: 'Rhwydwaith', GATHERING: 'Cynulliad', CLAIM: 'Hawliad', REGISTRATION: 'Cofrestriad', POST: 'Neges' },
    },
  },
};
