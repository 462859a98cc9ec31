/**
 * Every page's path, in one place: the router reads `.pattern`, links and `navigate` call the builder
 * (`routes.gatheringWall({ slug })`), so a renamed path changes here only and a missing parameter is a
 * type error. Imports nothing, so any module may use it.
 */

/** The `:name` parameters of a path pattern, as a union of names. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type Params<P extends string, Q extends string> = { [K in ParamNames<P>]: string } & { [K in Q]?: string | null };

/** A route: its pattern for the router, and a builder taking its parameters (and optional query string). */
export type Route<P extends string, Q extends string = never> = {
  readonly pattern: P;
} & ([ParamNames<P>] extends [never] ? (params?: Params<P, Q>) => string : (params: Params<P, Q>) => string);

function route<const P extends string, Q extends string = never>(pattern: P): Route<P, Q> {
  const build = (params: Record<string, string | null | undefined> = {}) => {
    const query = new URLSearchParams();
    const names = new Set<string>();
    const path = pattern.replace(/:(\w+)/g, (_, name: string) => {
      names.add(name);
      return encodeURIComponent(params[name] ?? '');
    });
    for (const [key, value] of Object.entries(params)) {
      if (!names.has(key) && value != null && value !== '') query.set(key, value);
    }
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  };
  return Object.assign(build, { pattern }) as Route<P, Q>;
}

export const routes = {
  home: route('/'),
  signIn: route<'/sign-in', 'next'>('/sign-in'),
  signInWithLink: route('/sign-in/link'),
  signUp: route<'/sign-up', 'next'>('/sign-up'),
  /** Where the link proving an email address lands (`token`). */
  verifyEmail: route<'/verify-email', 'token'>('/verify-email'),
  forgotPassword: route('/forgot-password'),
  /** Where a password-reset link lands (`token`). */
  resetPassword: route<'/reset-password', 'token'>('/reset-password'),
  account: route('/account'),
  /** How you hear of notifications (the API's emails link here too: SETTINGS_PATH). */
  accountNotifications: route('/account/notifications'),
  directory: route('/networks'),
  registerNetwork: route('/networks/new'),
  network: route('/networks/:slug'),
  manageNetwork: route<'/networks/:slug/manage', 'section'>('/networks/:slug/manage'),
  newGathering: route('/gatherings/new'),
  /** `invite`: an invitation link's code; `coconvene`: the network invited to co-convene. */
  gathering: route<'/gatherings/:slug', 'invite' | 'coconvene'>('/gatherings/:slug'),
  editGathering: route('/gatherings/:slug/edit'),
  gatheringDashboard: route('/gatherings/:slug/dashboard'),
  /** Where the QR code at the door leads (`code`: the gathering's check-in code): check yourself in. */
  gatheringCheckIn: route<'/gatherings/:slug/check-in', 'code'>('/gatherings/:slug/check-in'),
  /** Conveners: the check-in QR code to print for the door. */
  gatheringDoor: route('/gatherings/:slug/door'),
  /** Conveners plan a follow-up of the gathering. */
  planFollowUp: route('/gatherings/:slug/follow-up'),
  gatheringWall: route('/gatherings/:slug/wall'),
  gatheringRoom: route('/gatherings/:slug/rooms/:sessionId'),
  /** "Carry this on": a follow-up of one breakout (its conveners or host). */
  carryOn: route('/gatherings/:slug/rooms/:sessionId/carry-on'),
  /** Full screen for a projector: outside the app's layout. */
  gatheringBoard: route('/gatherings/:slug/board'),
  myGatherings: route('/my/gatherings'),
  /** The signed-in person's notifications. */
  inbox: route('/notifications'),
  /** The harvest: the conveners' editor, the readers' published page. */
  gatheringHarvest: route('/gatherings/:slug/harvest'),
  myActions: route('/my/actions'),
  /** People you met (the relationships API's notifications link here: PEOPLE_MET_PATH). */
  peopleMet: route('/people/met'),
  /** A gathering's feedback form (`stage=before`: the one before a series starts); the API's notices link here. */
  feedback: route<'/gatherings/:slug/feedback', 'stage'>('/gatherings/:slug/feedback'),
  /** The conveners' feedback results, without names. */
  feedbackResults: route<'/gatherings/:slug/feedback/results', 'stage'>('/gatherings/:slug/feedback/results'),
  /** `gathering`: only the conversations of that gathering (by id) and its sessions. */
  /** The relational impact of a gathering and its follow-ups (figures, never individuals). */
  gatheringImpact: route('/gatherings/:slug/impact'),
  /** The relational impact of one network; its facilitators choose here what it publishes. */
  networkImpact: route('/networks/:slug/impact'),
  /** The relational impact of a coalition with its member networks. */
  coalitionImpact: route('/coalitions/:slug/impact'),
  conversations: route<'/conversations', 'gathering'>('/conversations'),
  /** Where a conversation's invitation link lands. */
  joinConversation: route('/conversations/join/:code'),
  conversation: route('/conversations/:id'),
  /** Asks and offers: browse, search, post (`gathering`: those posted during that gathering, by id). */
  asksOffers: route<'/asks-offers', 'gathering' | 'network'>('/asks-offers'),
  askOffer: route('/asks-offers/:id'),
  adminClaims: route('/admin/claims'),
  adminAudit: route('/admin/audit'),
} as const;
