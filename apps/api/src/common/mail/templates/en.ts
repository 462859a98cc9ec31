import type { MailTemplates } from './template.js';

/** English. */
export const en: MailTemplates = {
  dateLocale: 'en-GB',
  greeting: (name) => `Hello ${name},`,
  greetingAnyone: 'Hello,',
  someone: 'Someone',
  when: (day, from, to, timeZone) => `${day}, ${from}–${to} (${timeZone})`,

  followUpInvitation: ({ followsUp, title, when, url }) => ({
    subject: `Carry on the conversation: ${title}`,
    text: `You took part in "${followsUp}". Its conveners invite you to the follow-up, "${title}": ${when}.\n\nRegister here: ${url}`,
  }),
  registrationDeclined: ({ title, url }) => ({
    subject: `Your registration: ${title}`,
    text: `Good to hear from you: the conveners of "${title}" could not offer you a place this time.\n\n${url}`,
  }),
  gatheringInvitation: ({ inviter, network, title, url, signInUrl }) => ({
    subject: `You're invited: ${title}`,
    text:
      `${inviter}${network ? ` of ${network}` : ''} invites you to "${title}".\n\nSee it and register: ${url}` +
      (signInUrl ? `\n\nNew to Weave? This link signs you in (it works once, for 3 days): ${signInUrl}` : ''),
  }),
  gatheringChanged: ({ title, when, where, linkChanged, url }) => ({
    subject: `Changed: ${title}`,
    text: [
      `"${title}" has changed:`,
      '',
      ...(when ? [`When: ${when}`] : []),
      ...(where !== undefined ? [`Where: ${where ?? 'online only'}`] : []),
      ...(linkChanged ? ['The online link has changed: see the gathering page.'] : []),
      '',
      `See the details: ${url}`,
    ].join('\n'),
  }),

  verifyEmail: ({ url }) => ({
    subject: 'Confirm your email address for Weave',
    text:
      `To confirm that this is your email address, open this link (it works once, for 48 hours):\n${url}\n\n` +
      `If you did not make an account on Weave, ignore this email: nobody can use this address on Weave without it.`,
  }),
  passwordReset: ({ url }) => ({
    subject: 'Set a new password for Weave',
    text:
      `Someone (we hope you) asked to set a new password for your Weave account. ` +
      `Open this link to choose one (it works once, for 1 hour):\n${url}\n\n` +
      `If it was not you, ignore this email: your password stays as it is.`,
  }),
  signUpAttempt: ({ signInUrl, forgotUrl }) => ({
    subject: 'Someone tried to sign up to Weave with your address',
    text:
      `Someone tried to make a Weave account with this email address, which already has one.\n\n` +
      `If it was you, sign in: ${signInUrl}\n` +
      `or, if you have forgotten your password, set a new one: ${forgotUrl}\n\n` +
      `If it was not you, you need do nothing: your account is unchanged.`,
  }),
};
