import type { Messages } from '../../messages.types';

export const messages: Messages<'relationships'> = {
  peopleMet: {
    title: 'Pobl y gwnaethoch gwrdd â nhw',
    intro:
      'Y bobl y dywedoch i chi gwrdd â nhw mewn cynulliadau, unwaith y maen nhw wedi cadarnhau. Dim ond y ddau ohonoch sy’n gweld cysylltiad nes i’r ddau ddweud ie.',
    empty:
      'Neb eto. Mewn cynulliad rydych yn cymryd rhan ynddo, dywedwch “fe wnaethon ni gwrdd” am rywun o’i dudalen; maen nhw’n ei gadarnhau.',
    awaitingYou: 'Yn aros i chi gadarnhau',
    awaitingThem: 'Yn aros iddyn nhw gadarnhau',
    confirmedTitle_one: 'Pobl y gwnaethoch gwrdd â nhw ({{count}})',
    confirmedTitle_other: 'Pobl y gwnaethoch gwrdd â nhw ({{count}})',
    metAt: 'Wedi cwrdd yn',
    cameFor: 'Wedi dod ar ran {{networks}}',
    membersOnly: 'rhwydwaith i aelodau yn unig',
    sharedGatherings: 'Cynulliadau rydych yn eu rhannu:',
    sharedConversations: 'Sgyrsiau rydych yn eu rhannu:',
    closeness: 'Pa mor agos',
    closenessValue: {
      MET_ONCE: 'Wedi cwrdd unwaith',
      WORKING_TOGETHER: 'Yn gweithio gyda’n gilydd',
      CLOSE: 'Agos',
    },
    confirm: 'Do, fe wnaethon ni gwrdd',
    decline: 'Nid rhywun y gwnes i gwrdd ag ef',
    remove: 'Dileu',
    withdraw: 'Tynnu’n ôl',
    removeTitle: 'Dileu eich cysylltiad â {{name}}?',
    removeBody: 'Mae’n mynd i’r ddau ohonoch. Gall y naill neu’r llall ddweud “fe wnaethon ni gwrdd” eto yn nes ymlaen.',
    confirmed: 'Wedi’i gadarnhau: fe wnaethoch gwrdd â {{name}}.',
    removed: 'Wedi’i ddileu: {{name}}.',
    closenessSaved: 'Wedi cadw pa mor agos ydych chi at {{name}}.',
    more: 'Dangos mwy',
  },
  weMet: {
    title: 'Pwy wnaethoch chi gwrdd â nhw?',
    intro:
      'Dywedwch “fe wnaethon ni gwrdd” am rywun a gymerodd ran; maen nhw’n ei gadarnhau, ac mae’r ddau ohonoch yn dod o hyd i’ch gilydd yn “Pobl y gwnaethoch gwrdd â nhw”. Does neb arall yn ei weld.',
    roomMates: 'Yn eich ystafelloedd',
    rooms_one: 'Mewn {{count}} ystafell gyda chi',
    rooms_other: 'Mewn {{count}} ystafell gyda chi',
    search: 'Dod o hyd i rywun a gymerodd ran',
    searchHint: 'Teipiwch ran o’u henw.',
    nobody: 'Does neb a gymerodd ran â’r enw hwnnw.',
    say: 'Fe wnaethon ni gwrdd',
    sayAbout: 'Fe wnaethon ni gwrdd: {{name}}',
    said: 'Wedi dweud',
    sent: 'Wedi anfon: gofynnir i {{name}} gadarnhau.',
    seeAll: 'Pobl y gwnaethoch gwrdd â nhw',
  },
};
