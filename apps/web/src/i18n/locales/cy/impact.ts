import type { Messages } from '../../messages.types';

export const messages: Messages<'impact'> = {
  impact: {
    pageTitle: 'Effaith berthynol: {{name}}',
    title: 'Effaith berthynol {{name}}',
    back: {
      GATHERING: 'Yn ôl i’r cynulliad',
      NETWORK: 'Yn ôl i’r rhwydwaith',
      COALITION: 'Yn ôl i’r gynghrair',
    },
    counted: {
      GATHERING: 'Y cynulliad hwn a’i ddilyniannau, colofn i bob un. Cynulliadau a gyfrifwyd: {{gatherings}}.',
      NETWORK: 'Pobl y rhwydwaith hwn a’r cynulliadau a gynullodd, fesul chwarter. Cynulliadau a gyfrifwyd: {{gatherings}}.',
      COALITION:
        'Y gynghrair a’r rhwydweithiau ynddi, a’r cynulliadau a gynullwyd ganddynt, fesul chwarter. Rhwydweithiau a gyfrifwyd: {{networks}}; cynulliadau a gyfrifwyd: {{gatherings}}.',
    },
    fullView: 'Rydych yn gweld pob mesur, am eich bod yn hwylusydd neu’n gynullydd. Dim ond yr hyn a gyhoeddwyd y mae eraill yn ei weld.',
    publishedView: 'Dyma’r mesurau y mae {{name}} wedi dewis eu cyhoeddi.',
    privacy:
      'Nid yw ffigurau am lai na {{fewest}} o bobl yn cael eu dangos, ac nid oes neb byth yn cael ei enwi: cyfrifon a chyfartaleddau yw’r rhain, nid unigolion.',
    suppressed: 'Llai na {{fewest}} o bobl — heb ei ddangos er mwyn diogelu preifatrwydd',
    suppressedCell: 'Llai na {{fewest}} o bobl',
    total: 'Cyfanswm',
    downloadCsv: 'Lawrlwytho’r ffigurau (CSV)',
    print: 'Argraffu’r adroddiad',
    nothingTitle: 'Dim ffigurau i’w dangos',
    nothingPublished: 'Nid yw {{name}} wedi cyhoeddi unrhyw ffigurau am ei effaith berthynol eto.',
    nothingYetFacilitator: 'Dewiswch uchod pa fesurau i’w cyhoeddi.',
    notFoundTitle: 'Heb ddod o hyd i’r effaith',
    notFoundBody: 'Doedden ni ddim yn gallu dod o hyd i’r cynulliad neu’r rhwydwaith hwnnw, neu nid yw wedi’i rannu â chi.',
    bridgingEstimated: 'Mae’r map yn fawr, felly amcangyfrifir y pontio o sampl o rwydweithiau.',
    measures: {
      NEW_TIES: {
        title: 'Cysylltiadau newydd rhwng pobl',
        about:
          'Cysylltiadau a gadarnhawyd gan y ddau berson ar ôl cwrdd: i gyd, rhwng pobl a ddaeth dros wahanol rwydweithiau, a rhwng pobl y mae eu rhwydweithiau’n gweithio mewn gwahanol sectorau.',
      },
      NETWORK_TIES: {
        title: 'Cysylltiadau newydd rhwng rhwydweithiau',
        about: 'Cysylltiadau rhwng rhwydweithiau a wnaed ar ôl i bobl a ddaeth drostynt gwrdd mewn cynulliad.',
      },
      BRIDGING: {
        title: 'Pontio yn y map',
        about:
          'Faint y mae’r rhwydweithiau dan sylw yn pontio eraill yn y map (rhyngoldeb, 0 i 1), heb a gyda’r cysylltiadau a wnaed ers y cynulliad cyntaf.',
      },
      INVITATION_REACH: {
        title: 'Cyrhaeddiad y gwahoddiadau',
        about: 'Pa mor bell yr aeth gwahoddiadau a basiwyd o rwydwaith i rwydwaith.',
      },
      ASKS_MET: {
        title: 'Ceisiadau a gyflawnwyd ar draws rhwydweithiau',
        about: 'Ceisiadau un rhwydwaith a gyflawnwyd gan un arall.',
      },
      FEEDBACK: {
        title: 'Adborth cyn ac ar ôl',
        about: 'Y pum graddfa adborth (1 i 5): atebion yr un bobl cyn ac ar ôl, y newid, a faint a atebodd.',
      },
    },
    figures: {
      NEW_TIES: 'Cysylltiadau newydd',
      NEW_TIES_ACROSS_NETWORKS: 'Ar draws rhwydweithiau',
      NEW_TIES_ACROSS_SECTORS: 'Ar draws sectorau',
      NETWORK_TIES_AFTER_MEETING: 'Cysylltiadau rhwydwaith ar ôl cwrdd',
      BETWEENNESS_BEFORE: 'Rhyngoldeb cyn',
      BETWEENNESS_AFTER: 'Rhyngoldeb ar ôl',
      MAP_TIES_ADDED: 'Cysylltiadau’r rhwydweithiau hyn a ychwanegwyd at y map',
      NETWORKS_REACHED: 'Rhwydweithiau a gyrhaeddwyd',
      INVITATION_DEPTH: 'Y gadwyn hiraf o wahoddiadau',
      PLACES_THROUGH_INVITATIONS: 'Lleoedd a gymerwyd drwy wahoddiadau',
      ASKS_MET_ACROSS_NETWORKS: 'Ceisiadau a gyflawnwyd gan rwydwaith arall',
      FEEDBACK_RESPONSES: 'Atebion',
      FEEDBACK_RESPONSE_RATE: 'Cyfradd ymateb',
      SCALE_BEFORE: 'Cyn',
      SCALE_AFTER: 'Ar ôl',
      SCALE_CHANGE: 'Newid',
    },
    table: {
      caption: '{{measure}}: y ffigurau',
      figure: 'Ffigur',
      none: '—',
    },
    chart: {
      label: 'Siart o {{measure}}; mae’r tabl isod yn rhoi’r un ffigurau.',
      nothingToDraw: 'Dim byd i’w ddarlunio eto: gweler y tabl isod.',
      before: 'Cyn',
      after: 'Ar ôl',
    },
    publish: {
      title: 'Beth i’w gyhoeddi',
      explain:
        'Dewiswch y mesurau y caiff unrhyw un eu gweld — cyllidwyr, partneriaid, pobl nad ydynt wedi mewngofnodi — ar y dudalen hon ac ar y proffil. Dim ond cyfrifon a chyfartaleddau sy’n cael eu cyhoeddi: mae ffigurau am lai na phump o bobl yn aros yn gudd, ac nid oes neb yn cael ei enwi. Gallwch newid hyn unrhyw bryd.',
      label: 'Cyhoeddi’r mesurau hyn',
      submit: 'Cadw’r hyn a gyhoeddir',
      saved: 'Wedi’i gadw. Mae pawb bellach yn gweld y mesurau a ddewisoch.',
    },
    section: {
      title: 'Effaith berthynol',
      intro: 'Ffigurau y mae {{name}} wedi’u cyhoeddi, ers iddo ddechrau (nid yw ffigurau am lai na {{fewest}} o bobl yn cael eu dangos).',
      nothing: 'Nid yw {{name}} wedi cyhoeddi ffigurau am ei effaith berthynol eto.',
      open: 'Gweld yr effaith berthynol dros amser',
      openFacilitator: 'Gweld yr effaith berthynol yn llawn a dewis beth i’w gyhoeddi',
    },
  },
};
