import type { MailTemplates } from './template.js';

/** Cymraeg. */
export const cy: MailTemplates = {
  dateLocale: 'cy',
  greeting: (name) => `Helo ${name},`,
  greetingAnyone: 'Helo,',
  someone: 'Rhywun',
  when: (day, from, to, timeZone) => `${day}, ${from}–${to} (${timeZone})`,

  followUpInvitation: ({ followsUp, title, when, url }) => ({
    subject: `Parhau â'r sgwrs: ${title}`,
    text: `Fe gymeroch ran yn "${followsUp}". Mae ei gynullwyr yn eich gwahodd i'r cyfarfod dilynol, "${title}": ${when}.\n\nCofrestrwch yma: ${url}`,
  }),
  registrationDeclined: ({ title, url }) => ({
    subject: `Eich cofrestriad: ${title}`,
    text: `Diolch am gysylltu: nid oedd cynullwyr "${title}" yn gallu cynnig lle i chi y tro hwn.\n\n${url}`,
  }),
  gatheringInvitation: ({ inviter, network, title, url, signInUrl }) => ({
    subject: `Gwahoddiad i chi: ${title}`,
    text:
      `Mae ${inviter}${network ? ` o ${network}` : ''} yn eich gwahodd i "${title}".\n\nEdrychwch arno a chofrestru: ${url}` +
      (signInUrl ? `\n\nNewydd i Weave? Mae'r ddolen hon yn eich mewngofnodi (mae'n gweithio unwaith, am 3 diwrnod): ${signInUrl}` : ''),
  }),
  gatheringChanged: ({ title, when, where, linkChanged, url }) => ({
    subject: `Wedi newid: ${title}`,
    text: [
      `Mae "${title}" wedi newid:`,
      '',
      ...(when ? [`Pryd: ${when}`] : []),
      ...(where !== undefined ? [`Ble: ${where ?? 'ar-lein yn unig'}`] : []),
      ...(linkChanged ? ["Mae'r ddolen ar-lein wedi newid: gweler tudalen y cynulliad."] : []),
      '',
      `Gweler y manylion: ${url}`,
    ].join('\n'),
  }),

  verifyEmail: ({ url }) => ({
    subject: 'Cadarnhewch eich cyfeiriad e-bost ar gyfer Weave',
    text:
      `I gadarnhau mai hwn yw eich cyfeiriad e-bost, agorwch y ddolen hon (mae'n gweithio unwaith, am 48 awr):\n${url}\n\n` +
      `Os na wnaethoch gyfrif ar Weave, anwybyddwch yr e-bost hwn: ni all neb ddefnyddio'r cyfeiriad hwn ar Weave hebddo.`,
  }),
  passwordReset: ({ url }) => ({
    subject: 'Gosod cyfrinair newydd ar gyfer Weave',
    text:
      `Gofynnodd rhywun (chi, gobeithio) am osod cyfrinair newydd ar gyfer eich cyfrif Weave. ` +
      `Agorwch y ddolen hon i ddewis un (mae'n gweithio unwaith, am 1 awr):\n${url}\n\n` +
      `Os nad chi oedd e, anwybyddwch yr e-bost hwn: mae eich cyfrinair yn aros fel y mae.`,
  }),
  signUpAttempt: ({ signInUrl, forgotUrl }) => ({
    subject: "Ceisiodd rhywun ymuno â Weave gyda'ch cyfeiriad",
    text:
      `Ceisiodd rhywun wneud cyfrif Weave gyda'r cyfeiriad e-bost hwn, sydd ag un yn barod.\n\n` +
      `Os chi oedd e, mewngofnodwch: ${signInUrl}\n` +
      `neu, os ydych wedi anghofio eich cyfrinair, gosodwch un newydd: ${forgotUrl}\n\n` +
      `Os nad chi oedd e, does dim angen i chi wneud dim: mae eich cyfrif heb newid.`,
  }),
};
