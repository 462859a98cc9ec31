/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessFeature =
  'ACCESSIBLE_TOILET' | 'BSL' | 'CAPTIONS' | 'CHILDCARE' | 'HEARING_LOOP' | 'QUIET_ROOM' | 'STEP_FREE' | 'TRAVEL_SUPPORT';

export type AddActionInput = {
  /** Due date, YYYY-MM-DD. */
  dueOn?: string | null | undefined;
  /** The owner, when they are on Weave. */
  ownerId?: string | null | undefined;
  /** Who owns it: a person or a network, in words. */
  ownerName: string;
  sessionId: string;
  /** What will be done. */
  what: string;
};

/** Adds a question to a gathering’s forms (allowed even after people have answered). */
export type AddFeedbackQuestionInput = {
  gatheringId: string;
  kind: FeedbackQuestionKind;
  prompt: string;
};

export type AddNoteInput = {
  sessionId: string;
  text: string;
};

/** A post in a conversation, or a reply to one of its posts. */
export type AddPostInput = {
  /** The words, 1 to 10,000 characters. */
  body: string;
  conversationId: string;
  /** Networks mentioned (at most 10); their facilitators are told. */
  mentionedNetworkIds?: Array<string> | null | undefined;
  /** People mentioned (at most 20). */
  mentionedPersonIds?: Array<string> | null | undefined;
  /** The post this replies to. */
  parentId?: string | null | undefined;
};

/** A participant’s answer to a gathering’s form; every question may be left out. Answering again changes the answer. */
export type AnswerFeedbackInput = {
  answers?: Array<FeedbackOwnAnswerInput>;
  comment?: string;
  confidence?: number | null | undefined;
  gatheringId: string;
  knowledge?: number | null | undefined;
  networking?: number | null | undefined;
  /** How many new people they met (after forms only). */
  newPeopleMet?: number | null | undefined;
  stage?: FeedbackStage;
  support?: number | null | undefined;
  trust?: number | null | undefined;
};

/** Places several sessions at once, all or nothing (e.g. a reviewed suggestion). */
export type ApplyScheduleInput = {
  gatheringId: string;
  placements: Array<PlaceSessionInput>;
};

export type AreaInput = {
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  placeName?: string | null | undefined;
  /** A UK nation or English region; the local place goes in placeName. */
  region?: Region | null | undefined;
};

/** An ask and an offer: to introduce them to each other, or to mark the ask met by the offer. */
export type AskAndOfferInput = {
  askId: string;
  /** Introducing: the first words of the conversation (a default greeting when left out). */
  message?: string | null | undefined;
  offerId: string;
};

/** Which asks and offers to list; every filter given must hold. */
export type AskOfferFilterInput = {
  /** Those whose area contains these words. */
  area?: string | null | undefined;
  /** Those posted during this gathering (its wall section). */
  gatheringId?: string | null | undefined;
  kinds?: Array<AskOfferKind> | null | undefined;
  /** Only those you posted, or posted for a network you facilitate or convene. */
  mine?: boolean | null | undefined;
  /** Those of this network. */
  networkId?: string | null | undefined;
  /** True: open ones only (not past their end date); false: closed and expired ones only. */
  open?: boolean | null | undefined;
  /** Words to look for (full text, with a fallback for misspelt titles). */
  search?: string | null | undefined;
  side?: AskOfferSide | null | undefined;
  /** Those with this theme. */
  theme?: string | null | undefined;
};

/** What is asked for or offered: skills, space, equipment, time, or other. */
export type AskOfferKind = 'EQUIPMENT' | 'OTHER' | 'SKILLS' | 'SPACE' | 'TIME';

/** How a post is closed: met, or withdrawn. */
export type AskOfferOutcome = 'MET' | 'WITHDRAWN';

/** An ask (something needed) or an offer (something to give). */
export type AskOfferSide = 'ASK' | 'OFFER';

/** Open; met; withdrawn; or expired (open, but its end date has passed). Closed ones stay in the history. */
export type AskOfferStatus = 'EXPIRED' | 'MET' | 'OPEN' | 'WITHDRAWN';

/** A consequential act recorded in the audit trail. */
export type AuditAction =
  | 'CHECK_IN_TICKED'
  | 'CHECK_IN_UNTICKED'
  | 'CLAIM_DECIDED'
  | 'EXPORT_DOWNLOADED'
  | 'NETWORK_CLOSED'
  | 'POST_HIDDEN'
  | 'REGISTRATION_DECIDED'
  | 'ROLE_ENDED'
  | 'ROLE_GRANTED'
  | 'ROLE_HANDED_OVER';

/** What kind of thing an audited act was done to. */
export type AuditSubject = 'CLAIM' | 'GATHERING' | 'NETWORK' | 'POST' | 'REGISTRATION';

/** Carry a breakout on: a follow-up of its gathering (online and unlimited by default) that, when published, invites the people who took part in that breakout. */
export type CarryOnSessionInput = {
  accessFeatures?: Array<AccessFeature> | null | undefined;
  /** Anything else about access: how to get there, quiet times, who to ask. */
  accessNotes?: string | null | undefined;
  /** Places; leave empty for unlimited (as for online follow-ups). */
  capacity?: number | null | undefined;
  endsAt: string;
  /** Online unless said otherwise. */
  format?: GatheringFormat;
  /** The video-call link, for online and hybrid gatherings. Shown to registered people and conveners. */
  onlineUrl?: string | null | undefined;
  /** Why people should come: what it is for. */
  purpose?: string | null | undefined;
  registrationMode?: RegistrationMode | null | undefined;
  sessionId: string;
  startsAt: string;
  /** IANA time zone where it happens, e.g. Europe/London. */
  timeZone: string;
  title: string;
  /** The address, for in-person and hybrid gatherings. */
  venue?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

/** CODE: themself with the check-in code (QR); CONVENER: ticked in by a convener; ONLINE_ROOM: joined an online breakout room. */
export type CheckInMethod = 'CODE' | 'CONVENER' | 'ONLINE_ROOM';

export type CheckInWithCodeInput = {
  /** The gathering's check-in code (from the QR code at the door or on the board). */
  code: string;
  gatheringId: string;
  /** Not registered yet: take a free place and check in, in one step (open gatherings with places left only). */
  register?: boolean;
};

export type ClaimNetworkInput = {
  /** How you are connected to the network, so an admin can check. */
  message: string;
  networkId: string;
};

export type ClaimStatus = 'APPROVED' | 'DECLINED' | 'PENDING';

/** Closes an ask or offer as met or withdrawn; it stays in the history. */
export type CloseAskOfferInput = {
  id: string;
  outcome: AskOfferOutcome;
};

/** Holding the end in mind: a closed network stays readable, with its legacy. */
export type CloseNetworkInput = {
  /** What the network achieved, what it leaves behind, and where its members went. */
  closingNote: string;
  networkId: string;
};

/** How close two people who met are. */
export type Closeness = 'CLOSE' | 'MET_ONCE' | 'WORKING_TOGETHER';

export type ConnectionIdInput = {
  connectionId: string;
};

/** PROPOSED: one said "we met" and the other has not yet confirmed (seen by the two only). CONFIRMED: both said yes. */
export type ConnectionStatus = 'CONFIRMED' | 'PROPOSED';

export type ConversationIdInput = {
  conversationId: string;
};

/** What a conversation is attached to: who may read and post in it follows from it. */
export type ConversationKind = 'GATHERING' | 'INTRODUCTION' | 'NETWORK' | 'OPEN' | 'SESSION';

/** A follow-up to a gathering: online and unlimited by default, convened by the same networks, linked to it; when published, its participants are invited by email and told in Weave. */
export type CreateFollowUpInput = {
  accessFeatures?: Array<AccessFeature> | null | undefined;
  /** Anything else about access: how to get there, quiet times, who to ask. */
  accessNotes?: string | null | undefined;
  /** Places; leave empty for unlimited (as for online follow-ups). */
  capacity?: number | null | undefined;
  endsAt: string;
  followUpOfId: string;
  /** Online unless said otherwise. */
  format?: GatheringFormat;
  /** The video-call link, for online and hybrid gatherings. Shown to registered people and conveners. */
  onlineUrl?: string | null | undefined;
  /** Why people should come: what it is for. */
  purpose?: string | null | undefined;
  registrationMode?: RegistrationMode | null | undefined;
  startsAt: string;
  /** IANA time zone where it happens, e.g. Europe/London. */
  timeZone: string;
  title: string;
  /** The address, for in-person and hybrid gatherings. */
  venue?: string | null | undefined;
};

/** A new gathering, as a draft. You must be convener or facilitator of each convening network. */
export type CreateGatheringInput = {
  accessFeatures?: Array<AccessFeature> | null | undefined;
  /** Anything else about access: how to get there, quiet times, who to ask. */
  accessNotes?: string | null | undefined;
  /** Places; leave empty for unlimited (as for online follow-ups). */
  capacity?: number | null | undefined;
  /** The networks convening it (1 to 5). */
  convenedByNetworkIds: Array<string>;
  endsAt: string;
  format: GatheringFormat;
  /** The video-call link, for online and hybrid gatherings. Shown to registered people and conveners. */
  onlineUrl?: string | null | undefined;
  /** Why people should come: what it is for. */
  purpose?: string | null | undefined;
  registrationMode?: RegistrationMode | null | undefined;
  startsAt: string;
  /** IANA time zone where it happens, e.g. Europe/London. */
  timeZone: string;
  title: string;
  /** The address, for in-person and hybrid gatherings. */
  venue?: string | null | undefined;
};

export type CreateInvitationInput = {
  gatheringId: string;
  /** Issue it on behalf of a network you are in. */
  networkId?: string | null | undefined;
};

/** A breakout space: a room, a corner, or an online call. */
export type CreateSpaceInput = {
  /** How many people fit. */
  capacity: number;
  gatheringId: string;
  name: string;
  tags?: Array<SpaceTag>;
  /** For an online space: the room name on the video-call server (letters, digits, - and _). Left out, an online space gets a name nobody can guess. */
  videoRoom?: string | null | undefined;
};

/** A row of the agenda wall. */
export type CreateTimeSlotInput = {
  endsAt: string;
  gatheringId: string;
  /** e.g. "Morning round". */
  label?: string | null | undefined;
  startsAt: string;
};

export type DecideNetworkClaimInput = {
  approve: boolean;
  claimId: string;
};

export type DecideRegistrationInput = {
  approve: boolean;
  gatheringId: string;
  registrationId: string;
};

/** Changes a note; name the version you edited, so nobody else’s words are lost. */
export type EditNoteInput = {
  expectedVersion: number;
  noteId: string;
  text: string;
};

/** New words for your post, and whom it mentions: a list given replaces those mentions (people or networks), one left out keeps them; what it said before is kept in its history. */
export type EditPostInput = {
  /** The words, 1 to 10,000 characters. */
  body: string;
  /** Networks mentioned (at most 10); their facilitators are told. */
  mentionedNetworkIds?: Array<string> | null | undefined;
  /** People mentioned (at most 20). */
  mentionedPersonIds?: Array<string> | null | undefined;
  postId: string;
};

export type EndMembershipInput = {
  membershipId: string;
};

/** An answer to one of the conveners’ own questions: `scale` for a scale question, `text` for a text one. */
export type FeedbackOwnAnswerInput = {
  questionId: string;
  scale?: number | null | undefined;
  text?: string | null | undefined;
};

/** TEXT: a short written answer; SCALE: 1 to 5. */
export type FeedbackQuestionKind = 'SCALE' | 'TEXT';

/** NETWORKING: knowing people to work with; KNOWLEDGE: of the area; CONFIDENCE: to take part; TRUST: to discuss hard issues; SUPPORT: for local projects. */
export type FeedbackScale = 'CONFIDENCE' | 'KNOWLEDGE' | 'NETWORKING' | 'SUPPORT' | 'TRUST';

/** BEFORE: asked before the gathering starts (the start of a workshop series); AFTER: asked when it closes. */
export type FeedbackStage = 'AFTER' | 'BEFORE';

/** Follows a conversation (told of each new post) or stops. */
export type FollowConversationInput = {
  conversationId: string;
  follow: boolean;
};

export type GatheringFormat = 'HYBRID' | 'IN_PERSON' | 'ONLINE';

export type GatheringIdInput = {
  gatheringId: string;
};

export type GatheringStatus = 'CLOSED' | 'DRAFT' | 'LIVE' | 'PUBLISHED';

/** Hand your role on to someone already in the network; both periods stay in the history. */
export type HandOverRoleInput = {
  networkId: string;
  role: NetworkRole;
  toPersonId: string;
};

/** Draft (conveners only) or published. */
export type HarvestStatus = 'DRAFT' | 'PUBLISHED';

/** A theme that emerged: a heading and what to say under it. */
export type HarvestThemeInput = {
  /** Plain text; blank lines separate paragraphs. */
  body: string;
  heading: string;
};

/** Who may read a published harvest. */
export type HarvestVisibility =
  /** Everyone who can see the gathering. */
  | 'EVERYONE'
  /** People with a place at the gathering, and its conveners. */
  | 'PARTICIPANTS';

/** Hides a post from everyone but moderators, with a reason everyone sees. */
export type HidePostInput = {
  postId: string;
  /** Why, 1 to 500 characters (shown in its place). */
  reason: string;
};

/** NEW_TIES(_ACROSS_NETWORKS, _ACROSS_SECTORS): confirmed ties between people (in total; between people who came for different networks; whose networks share no sector). NETWORK_TIES_AFTER_MEETING: ties between networks made after people who came for them met. BETWEENNESS_BEFORE/AFTER: mean betweenness (0–1) of the networks concerned in the map without / with the ties made since the first gathering (the whole answer only); MAP_TIES_ADDED: ties of those networks made since then. NETWORKS_REACHED, INVITATION_DEPTH (longest chain, 1 = invited directly), PLACES_THROUGH_INVITATIONS: the invitation cascade. ASKS_MET_ACROSS_NETWORKS: asks of one network met by another. FEEDBACK_RESPONSES, FEEDBACK_RESPONSE_RATE (0–1 of the people with a place): after forms. SCALE_AFTER: mean (1–5) of one scale after; SCALE_BEFORE: the same people’s mean before; SCALE_CHANGE: mean change (after − before). */
export type ImpactFigureName =
  | 'ASKS_MET_ACROSS_NETWORKS'
  | 'BETWEENNESS_AFTER'
  | 'BETWEENNESS_BEFORE'
  | 'FEEDBACK_RESPONSES'
  | 'FEEDBACK_RESPONSE_RATE'
  | 'INVITATION_DEPTH'
  | 'MAP_TIES_ADDED'
  | 'NETWORKS_REACHED'
  | 'NETWORK_TIES_AFTER_MEETING'
  | 'NEW_TIES'
  | 'NEW_TIES_ACROSS_NETWORKS'
  | 'NEW_TIES_ACROSS_SECTORS'
  | 'PLACES_THROUGH_INVITATIONS'
  | 'SCALE_AFTER'
  | 'SCALE_BEFORE'
  | 'SCALE_CHANGE';

/** NEW_TIES: confirmed ties between people (in total, across networks, across sectors); NETWORK_TIES: ties between networks made after their people met; BRIDGING: betweenness in the map before and after; INVITATION_REACH: how far the invitation cascade went; ASKS_MET: asks met across networks; FEEDBACK: the five feedback scales, before/after change and response rates. */
export type ImpactMeasure = 'ASKS_MET' | 'BRIDGING' | 'FEEDBACK' | 'INVITATION_REACH' | 'NETWORK_TIES' | 'NEW_TIES';

/** GATHERING: one period per gathering of the series, in date order; QUARTER: one per calendar quarter. */
export type ImpactPeriodKind = 'GATHERING' | 'QUARTER';

/** GATHERING: a gathering and its follow-ups; NETWORK: one network; COALITION: a coalition with its member networks. */
export type ImpactSubjectKind = 'COALITION' | 'GATHERING' | 'NETWORK';

export type InvitationStatus = 'ACCEPTED' | 'CANCELLED' | 'DECLINED' | 'PENDING';

export type InviteByEmailInput = {
  /** Email addresses, one per line (up to 500). */
  emails: string;
  gatheringId: string;
  /** Invite on behalf of a network you are in. */
  networkId?: string | null | undefined;
};

export type InviteCoConvenerInput = {
  gatheringId: string;
  networkId: string;
};

export type InviteToNetworkInput = {
  /** They may not be on Weave yet: the invitation waits for an account with this email. */
  email: string;
  networkId: string;
  role: NetworkRole;
};

export type LifecycleStage = 'ACTIVE' | 'CLOSED' | 'FORMING' | 'SUSTAINING' | 'TRANSITIONING';

/** Lists a network that is not on Weave yet. You keep the listing (as its facilitator) until its own people claim it. */
export type ListNetworkInput = {
  area?: AreaInput | null | undefined;
  /** How to get in touch: an email address, phone number or a name. */
  contact?: string | null | undefined;
  description?: string | null | undefined;
  kind: NetworkKind;
  /** FORMING by default. Closing a network uses closeNetwork. */
  lifecycleStage?: LifecycleStage | null | undefined;
  /** Also make it a member of this network, which you facilitate. */
  memberOfNetworkId?: string | null | undefined;
  name: string;
  /** "The work": what the network is for. */
  purpose?: string | null | undefined;
  scope?: NetworkScope | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  /** Free tags; stored lower case, without repeats. At most 20. */
  themes?: Array<string> | null | undefined;
  /** "The soul": what it values and how it works. */
  values?: string | null | undefined;
  visibility?: NetworkVisibility | null | undefined;
  website?: string | null | undefined;
};

/** Moves your unread marker: everything up to post number `seq` is read. */
export type MarkConversationReadInput = {
  conversationId: string;
  seq: number;
};

export type MembershipStatus = 'ACTIVE' | 'DECLINED' | 'ENDED' | 'INVITED' | 'REQUESTED';

/** Folds one session into another: its interest and its people move across. */
export type MergeSessionsInput = {
  intoSessionId: string;
  sessionId: string;
};

/** Filters combine with AND across fields and OR within a field. */
export type NetworkFilter = {
  kinds?: Array<NetworkKind> | null | undefined;
  lifecycleStages?: Array<LifecycleStage> | null | undefined;
  regions?: Array<Region> | null | undefined;
  scopes?: Array<NetworkScope> | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  themes?: Array<string> | null | undefined;
};

/** A coalition gathers networks; a network gathers people or organisations. */
export type NetworkKind = 'COALITION' | 'NETWORK' | 'ORGANISATION';

export type NetworkRole = 'CONVENER' | 'DELEGATE' | 'FACILITATOR' | 'MEMBER';

/** How far a network reaches. */
export type NetworkScope = 'INTERNATIONAL' | 'LOCAL' | 'NATIONAL' | 'NEIGHBOURHOOD' | 'REGIONAL';

export type NetworkSort = 'NAME' | 'NEWEST' | 'RELEVANCE' | 'SIZE';

/** MEMBERS_ONLY networks are invisible to everyone outside them. */
export type NetworkVisibility = 'MEMBERS_ONLY' | 'PUBLIC';

/** A network's facilitator nominates someone in the network to one of its delegate places. */
export type NominateDelegateInput = {
  gatheringId: string;
  networkId: string;
  personId: string;
};

/** How a person hears of a kind of notification: in the app only, by email at once, in a daily digest, or not at all. */
export type NotificationDelivery = 'DIGEST' | 'EMAIL' | 'IN_APP' | 'OFF';

export type NotificationIdInput = {
  notificationId: string;
};

/** What a notification tells someone about. */
export type NotificationKind =
  | 'ACTION_DUE_SOON'
  | 'ACTION_GIVEN'
  | 'CONNECTION_CONFIRMED'
  | 'CONNECTION_PROPOSED'
  | 'CONVERSATION_POST'
  | 'CO_CONVENE_INVITATION'
  | 'FEEDBACK_REQUESTED'
  | 'FOLLOW_UP_ANNOUNCED'
  | 'HARVEST_PUBLISHED'
  | 'MATCH_FOUND'
  | 'MENTION'
  | 'REGISTRATION_APPROVED'
  | 'REGISTRATION_CHANGED'
  | 'REGISTRATION_CONFIRMED'
  | 'REGISTRATION_PROMOTED'
  | 'REGISTRATION_WAITLISTED'
  | 'REPLY'
  | 'ROLE_INVITATION'
  | 'TIE_ANSWERED'
  | 'TIE_PROPOSED';

/** What kind of thing a notification is about. */
export type NotificationSubject =
  | 'ACTION'
  | 'ASK'
  | 'CONNECTION'
  | 'CONVERSATION'
  | 'FEEDBACK'
  | 'GATHERING'
  | 'HARVEST'
  | 'NETWORK'
  | 'OFFER'
  | 'POST'
  | 'REGISTRATION'
  | 'TIE';

/** Puts a session on the wall at a cell (time slot × space), or moves it there. */
export type PlaceSessionInput = {
  sessionId: string;
  slotId: string;
  spaceId: string;
};

/** A new ask or offer, as yourself or for a network you facilitate or convene, perhaps during a gathering. */
export type PostAskOfferInput = {
  /** Where, in words: a town, a valley, "online". */
  area?: string;
  description?: string;
  /** The last day it stands, YYYY-MM-DD: after it, it expires and never matches. */
  endsOn: string;
  /** Posted during this gathering (its participants only): shown on its wall. */
  gatheringId?: string | null | undefined;
  kind: AskOfferKind;
  /** Post for this network (its facilitators and conveners only). */
  networkId?: string | null | undefined;
  side: AskOfferSide;
  /** Themes, as networks have them (free tags, stored lower case). At most 10. */
  themes?: Array<string>;
  /** In a few words, e.g. "a minibus on Tuesdays". */
  title: string;
};

export type PostIdInput = {
  postId: string;
};

/** One side of a tie between two networks proposes it; the other side answers. */
export type ProposeMembershipInput = {
  /** The network that would belong (the member). */
  memberNetworkId: string;
  /** The network it would belong to (usually a coalition). */
  parentNetworkId: string;
  tieType?: TieType;
};

/** A session you would like to host. */
export type ProposeSessionInput = {
  description?: string;
  gatheringId: string;
  /** What the session needs from its space, e.g. STEP_FREE or CAPTIONED. */
  needs?: Array<SpaceTag>;
  title: string;
};

/** Gives a reaction to a post, or takes it back. */
export type ReactInput = {
  /** True to give it, false to take it back. */
  on: boolean;
  postId: string;
  reaction: Reaction;
};

/** One of the few reactions a post can have. */
export type Reaction = 'AGREE' | 'HEART' | 'IDEA' | 'THANKS';

/** A UK nation or one of the nine English regions. */
export type Region =
  | 'EAST_MIDLANDS'
  | 'EAST_OF_ENGLAND'
  | 'ENGLAND'
  | 'LONDON'
  | 'NORTHERN_IRELAND'
  | 'NORTH_EAST'
  | 'NORTH_WEST'
  | 'SCOTLAND'
  | 'SOUTH_EAST'
  | 'SOUTH_WEST'
  | 'WALES'
  | 'WEST_MIDLANDS'
  | 'YORKSHIRE_AND_THE_HUMBER';

export type RegisterForGatheringInput = {
  /** What would help you take part. Private to you unless you choose to share it with the conveners. */
  accessNeeds?: string | null | undefined;
  gatheringId: string;
  /** The code of the invitation link you came through. */
  invitationCode?: string | null | undefined;
  /** The networks you come on behalf of. */
  representingNetworkIds?: Array<string> | null | undefined;
  /** Let the conveners see your access needs so they can plan for them. */
  shareAccessNeeds?: boolean;
};

/** A new network, coalition or organisation. The person registering it becomes its facilitator. */
export type RegisterNetworkInput = {
  area?: AreaInput | null | undefined;
  /** How to get in touch: an email address, phone number or a name. */
  contact?: string | null | undefined;
  description?: string | null | undefined;
  kind: NetworkKind;
  /** FORMING by default. Closing a network uses closeNetwork. */
  lifecycleStage?: LifecycleStage | null | undefined;
  name: string;
  /** "The work": what the network is for. */
  purpose?: string | null | undefined;
  scope?: NetworkScope | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  /** Free tags; stored lower case, without repeats. At most 20. */
  themes?: Array<string> | null | undefined;
  /** "The soul": what it values and how it works. */
  values?: string | null | undefined;
  visibility?: NetworkVisibility | null | undefined;
  website?: string | null | undefined;
};

export type RegistrationIdInput = {
  gatheringId: string;
  registrationId: string;
};

/** OPEN: anyone; INVITATION_ONLY: through an invitation link; APPROVAL: conveners approve each registration. */
export type RegistrationMode = 'APPROVAL' | 'INVITATION_ONLY' | 'OPEN';

export type RegistrationStatus = 'ATTENDED' | 'CANCELLED' | 'PENDING_APPROVAL' | 'REGISTERED' | 'WAITLISTED';

export type RemoveNetworkRoleInput = {
  networkId: string;
  personId: string;
  role: NetworkRole;
};

/** The address of an account whose password is forgotten. */
export type RequestPasswordResetInput = {
  email: string;
};

/** A password-reset link and the new password. */
export type ResetPasswordInput = {
  /** At least 10 characters. */
  newPassword: string;
  /** The token from the link in the email. */
  token: string;
};

export type RespondToCoConveningInput = {
  accept: boolean;
  gatheringId: string;
  networkId: string;
};

export type RespondToMembershipInput = {
  accept: boolean;
  membershipId: string;
};

export type RespondToNetworkInvitationInput = {
  accept: boolean;
  invitationId: string;
};

/** The conveners’ write-up of a gathering; name the version you edited, so no one’s words are lost. */
export type SaveHarvestInput = {
  /** The version you edited (0 before the first save). */
  expectedVersion: number;
  gatheringId: string;
  themes: Array<HarvestThemeInput>;
  visibility: HarvestVisibility;
};

export type SayWeMetInput = {
  /** How close you are; MET_ONCE when not given. */
  closeness?: Closeness | null | undefined;
  /** The gathering where you met (you both took part). */
  gatheringId: string;
  /** The person you met (someone who took part). */
  personId: string;
};

export type Sector =
  'ACADEMIA' | 'BUSINESS' | 'COMMUNITY_GROUP' | 'FUNDER' | 'LIVED_EXPERIENCE' | 'PUBLIC_SECTOR' | 'SOCIAL_ENTERPRISE' | 'VOLUNTARY_SECTOR';

export type SessionIdInput = {
  sessionId: string;
};

export type SetActionDoneInput = {
  actionId: string;
  done: boolean;
};

export type SetClosenessInput = {
  closeness: Closeness;
  connectionId: string;
};

/** Locks a conversation (no more posts) or unlocks it. */
export type SetConversationLockedInput = {
  conversationId: string;
  locked: boolean;
};

/** How many delegates a network may send (0 removes its places). */
export type SetDelegatePlacesInput = {
  gatheringId: string;
  networkId: string;
  places: number;
};

/** Whether participants are asked the five scales before the gathering starts (the start of a workshop series). */
export type SetFeedbackBeforeInput = {
  asksBefore: boolean;
  gatheringId: string;
};

/** Moves a gathering on: DRAFT → PUBLISHED → LIVE → CLOSED. */
export type SetGatheringStatusInput = {
  gatheringId: string;
  status: GatheringStatus;
};

/** Publishes a harvest, or takes it back to draft to change it; name the version you read. */
export type SetHarvestStatusInput = {
  /** The version you read (0 before the first save). */
  expectedVersion: number;
  gatheringId: string;
  status: HarvestStatus;
};

/** The measures a network publishes to everyone (replacing its earlier choice); an empty list publishes nothing. */
export type SetImpactPublicationsInput = {
  measures: Array<ImpactMeasure>;
  networkId: string;
};

/** How you want to hear of one kind of notification. */
export type SetNotificationPreferenceInput = {
  delivery: NotificationDelivery;
  kind: NotificationKind;
};

/** A first password, for an account made through a sign-in link. */
export type SetPasswordInput = {
  /** At least 10 characters. */
  newPassword: string;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignInWithLinkInput = {
  /** The token from the link in the email. */
  token: string;
};

/** What a new person gives to create an account. */
export type SignUpInput = {
  displayName: string;
  email: string;
  /** The language of the interface they signed up in (one of: en, cy); Weave writes to them in it. English when left out. */
  locale?: string | null | undefined;
  /** Where in Weave they were going when they signed up: a path such as /gatherings/spring-open-space (never another site). The link in the email that proves their address brings them back there. */
  next?: string | null | undefined;
  /** At least 10 characters. */
  password: string;
};

export type SpaceIdInput = {
  spaceId: string;
};

/** What a space offers (and a session needs): step-free, quiet, captioned, online. */
export type SpaceTag = 'CAPTIONED' | 'ONLINE' | 'QUIET' | 'STEP_FREE';

export type StarSessionInput = {
  sessionId: string;
  /** True to mark your interest, false to take it back. */
  starred: boolean;
};

/** A new conversation: attached to at most one of a gathering, a session or a network (none: open to anyone signed in). */
export type StartConversationInput = {
  /** The words, 1 to 10,000 characters. */
  body: string;
  gatheringId?: string | null | undefined;
  /** The first post asks a question. */
  isQuestion?: boolean;
  /** Networks mentioned (at most 10); their facilitators are told. */
  mentionedNetworkIds?: Array<string> | null | undefined;
  /** People mentioned (at most 20). */
  mentionedPersonIds?: Array<string> | null | undefined;
  /** A network or coalition, for its people. */
  networkId?: string | null | undefined;
  /** Carry a breakout on. */
  sessionId?: string | null | undefined;
  /** What it is about, 1 to 200 characters. */
  title: string;
};

/** MEMBER belongs; PARTNER works alongside; OBSERVER follows. */
export type TieType = 'MEMBER' | 'OBSERVER' | 'PARTNER';

export type TimeSlotIdInput = {
  slotId: string;
};

/** no_suitable_space: no space has every tag it needs; no_free_cell: every suitable cell is taken, or its host is busy. */
export type UnplacedReason = 'NO_FREE_CELL' | 'NO_SUITABLE_SPACE';

/** New words for an open ask or offer (its poster, or its network’s facilitators and conveners). */
export type UpdateAskOfferInput = {
  /** Where, in words: a town, a valley, "online". */
  area?: string;
  description?: string;
  /** The last day it stands, YYYY-MM-DD: after it, it expires and never matches. */
  endsOn: string;
  id: string;
  kind: AskOfferKind;
  /** Themes, as networks have them (free tags, stored lower case). At most 10. */
  themes?: Array<string>;
  /** In a few words, e.g. "a minibus on Tuesdays". */
  title: string;
};

/** Only the fields given change. Changing the time or place tells everyone registered. */
export type UpdateGatheringInput = {
  accessFeatures?: Array<AccessFeature> | null | undefined;
  /** Anything else about access: how to get there, quiet times, who to ask. */
  accessNotes?: string | null | undefined;
  /** Places; leave empty for unlimited (as for online follow-ups). */
  capacity?: number | null | undefined;
  endsAt?: string | null | undefined;
  format?: GatheringFormat | null | undefined;
  gatheringId: string;
  /** The video-call link, for online and hybrid gatherings. Shown to registered people and conveners. */
  onlineUrl?: string | null | undefined;
  /** Why people should come: what it is for. */
  purpose?: string | null | undefined;
  registrationMode?: RegistrationMode | null | undefined;
  startsAt?: string | null | undefined;
  /** IANA time zone where it happens, e.g. Europe/London. */
  timeZone?: string | null | undefined;
  title?: string | null | undefined;
  /** The address, for in-person and hybrid gatherings. */
  venue?: string | null | undefined;
};

/** Only the fields given change. The slug stays as it is, so links keep working. */
export type UpdateNetworkInput = {
  area?: AreaInput | null | undefined;
  /** How to get in touch: an email address, phone number or a name. */
  contact?: string | null | undefined;
  description?: string | null | undefined;
  kind?: NetworkKind | null | undefined;
  /** FORMING by default. Closing a network uses closeNetwork. */
  lifecycleStage?: LifecycleStage | null | undefined;
  name?: string | null | undefined;
  networkId: string;
  /** "The work": what the network is for. */
  purpose?: string | null | undefined;
  scope?: NetworkScope | null | undefined;
  sectors?: Array<Sector> | null | undefined;
  /** Free tags; stored lower case, without repeats. At most 20. */
  themes?: Array<string> | null | undefined;
  /** "The soul": what it values and how it works. */
  values?: string | null | undefined;
  visibility?: NetworkVisibility | null | undefined;
  website?: string | null | undefined;
};

/** Only the fields given are changed; send null to clear pronouns or bio. */
export type UpdateProfileInput = {
  bio?: string | null | undefined;
  displayName?: string | null | undefined;
  /** One of: en, cy. */
  locale?: string | null | undefined;
  pronouns?: string | null | undefined;
};

/** A link that proves an email address, and (when signed out) the password of the account it is for. */
export type VerifyEmailInput = {
  /** Needed when not signed in to the account the link is for. */
  password?: string | null | undefined;
  /** The token from the link in the email. */
  token: string;
};

export type PeopleMetPagesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type PeopleMetPagesQuery = {
  peopleMet: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

export type AsksPagesQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AskOfferFilterInput | null | undefined;
}>;

export type AsksPagesQuery = {
  asksOffers: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

export type ConversationPagesQueryVariables = Exact<{
  after?: string | null | undefined;
  following?: boolean | null | undefined;
}>;

export type ConversationPagesQuery = {
  conversations: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    displayName: string;
    pronouns: string | null;
    bio: string | null;
    locale: string;
    email: string | null;
    emailVerified: boolean | null;
    hasPassword: boolean | null;
    isPlatformAdmin: boolean;
  } | null;
};

export type MyNetworkInvitationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyNetworkInvitationsQuery = {
  myNetworkInvitations: Array<{
    id: string;
    email: string;
    role: NetworkRole;
    status: InvitationStatus;
    createdAt: string;
    invitedByName: string | null;
    networkId: string;
    networkName: string;
    networkSlug: string;
  }>;
};

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationPreferencesQuery = {
  notificationPreferences: Array<{ kind: NotificationKind; delivery: NotificationDelivery; isDefault: boolean }>;
};

export type PersonFieldsFragment = {
  id: string;
  displayName: string;
  pronouns: string | null;
  bio: string | null;
  locale: string;
  email: string | null;
  emailVerified: boolean | null;
  hasPassword: boolean | null;
  isPlatformAdmin: boolean;
};

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never }>;

export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = {
  resetPassword: {
    id: string;
    displayName: string;
    pronouns: string | null;
    bio: string | null;
    locale: string;
    email: string | null;
    emailVerified: boolean | null;
    hasPassword: boolean | null;
    isPlatformAdmin: boolean;
  };
};

export type RespondToNetworkInvitationMutationVariables = Exact<{
  input: RespondToNetworkInvitationInput;
}>;

export type RespondToNetworkInvitationMutation = {
  respondToNetworkInvitation: {
    id: string;
    email: string;
    role: NetworkRole;
    status: InvitationStatus;
    createdAt: string;
    invitedByName: string | null;
    networkId: string;
    networkName: string;
    networkSlug: string;
  };
};

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;

export type SetNotificationPreferenceMutation = {
  setNotificationPreference: { kind: NotificationKind; delivery: NotificationDelivery; isDefault: boolean };
};

export type SetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;

export type SetPasswordMutation = { setPassword: boolean };

export type SignInWithLinkMutationVariables = Exact<{
  input: SignInWithLinkInput;
}>;

export type SignInWithLinkMutation = {
  signInWithLink: {
    id: string;
    displayName: string;
    pronouns: string | null;
    bio: string | null;
    locale: string;
    email: string | null;
    emailVerified: boolean | null;
    hasPassword: boolean | null;
    isPlatformAdmin: boolean;
  };
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: {
    id: string;
    displayName: string;
    pronouns: string | null;
    bio: string | null;
    locale: string;
    email: string | null;
    emailVerified: boolean | null;
    hasPassword: boolean | null;
    isPlatformAdmin: boolean;
  };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = { signUp: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;

export type UpdateProfileMutation = {
  updateProfile: {
    id: string;
    displayName: string;
    pronouns: string | null;
    bio: string | null;
    locale: string;
    email: string | null;
    emailVerified: boolean | null;
    hasPassword: boolean | null;
    isPlatformAdmin: boolean;
  };
};

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;

export type VerifyEmailMutation = {
  verifyEmail: {
    id: string;
    displayName: string;
    pronouns: string | null;
    bio: string | null;
    locale: string;
    email: string | null;
    emailVerified: boolean | null;
    hasPassword: boolean | null;
    isPlatformAdmin: boolean;
  };
};

export type AuditEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  action?: AuditAction | null | undefined;
}>;

export type AuditEventsQuery = {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        action: AuditAction;
        subjectType: AuditSubject;
        subjectId: string;
        detail: string;
        createdAt: string;
        actor: { id: string; displayName: string } | null;
      };
    }>;
  };
};

export type DecideNetworkClaimMutationVariables = Exact<{
  input: DecideNetworkClaimInput;
}>;

export type DecideNetworkClaimMutation = {
  decideNetworkClaim: {
    id: string;
    status: ClaimStatus;
    message: string;
    createdAt: string;
    claimantName: string;
    claimantEmail: string;
    network: { id: string; slug: string; name: string };
  };
};

export type NetworkClaimFieldsFragment = {
  id: string;
  status: ClaimStatus;
  message: string;
  createdAt: string;
  claimantName: string;
  claimantEmail: string;
  network: { id: string; slug: string; name: string };
};

export type PendingNetworkClaimsQueryVariables = Exact<{ [key: string]: never }>;

export type PendingNetworkClaimsQuery = {
  pendingNetworkClaims: Array<{
    id: string;
    status: ClaimStatus;
    message: string;
    createdAt: string;
    claimantName: string;
    claimantEmail: string;
    network: { id: string; slug: string; name: string };
  }>;
};

export type AskOfferFieldsFragment = {
  id: string;
  side: AskOfferSide;
  kind: AskOfferKind;
  title: string;
  description: string;
  themes: Array<string>;
  area: string;
  endsOn: string;
  status: AskOfferStatus;
  createdAt: string;
  closedAt: string | null;
  viewerMayEdit: boolean;
  network: { id: string; slug: string; name: string } | null;
  postedBy: { id: string; displayName: string } | null;
  gathering: { id: string; title: string; slug: string | null } | null;
  metByOffer: { id: string; title: string } | null;
  metByNetwork: { id: string; slug: string; name: string } | null;
};

export type AsksOffersQueryVariables = Exact<{
  filter?: AskOfferFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type AsksOffersQuery = {
  asksOffers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        side: AskOfferSide;
        kind: AskOfferKind;
        title: string;
        description: string;
        themes: Array<string>;
        area: string;
        endsOn: string;
        status: AskOfferStatus;
        createdAt: string;
        closedAt: string | null;
        viewerMayEdit: boolean;
        network: { id: string; slug: string; name: string } | null;
        postedBy: { id: string; displayName: string } | null;
        gathering: { id: string; title: string; slug: string | null } | null;
        metByOffer: { id: string; title: string } | null;
        metByNetwork: { id: string; slug: string; name: string } | null;
      };
    }>;
  };
};

export type AskOfferQueryVariables = Exact<{
  id: string;
}>;

export type AskOfferQuery = {
  askOffer: {
    id: string;
    side: AskOfferSide;
    kind: AskOfferKind;
    title: string;
    description: string;
    themes: Array<string>;
    area: string;
    endsOn: string;
    status: AskOfferStatus;
    createdAt: string;
    closedAt: string | null;
    viewerMayEdit: boolean;
    network: { id: string; slug: string; name: string } | null;
    postedBy: { id: string; displayName: string } | null;
    gathering: { id: string; title: string; slug: string | null } | null;
    metByOffer: { id: string; title: string } | null;
    metByNetwork: { id: string; slug: string; name: string } | null;
  } | null;
  askOfferMatches: Array<{
    score: number;
    isGood: boolean;
    sameNetwork: boolean;
    introductionConversationId: string | null;
    match: {
      id: string;
      side: AskOfferSide;
      kind: AskOfferKind;
      title: string;
      description: string;
      themes: Array<string>;
      area: string;
      endsOn: string;
      status: AskOfferStatus;
      createdAt: string;
      closedAt: string | null;
      viewerMayEdit: boolean;
      network: { id: string; slug: string; name: string } | null;
      postedBy: { id: string; displayName: string } | null;
      gathering: { id: string; title: string; slug: string | null } | null;
      metByOffer: { id: string; title: string } | null;
      metByNetwork: { id: string; slug: string; name: string } | null;
    };
  }>;
};

export type MyPostingNetworksQueryVariables = Exact<{ [key: string]: never }>;

export type MyPostingNetworksQuery = { myNetworks: Array<{ id: string; name: string; viewerRoles: Array<NetworkRole> }> };

export type PostAskOfferMutationVariables = Exact<{
  input: PostAskOfferInput;
}>;

export type PostAskOfferMutation = {
  postAskOffer: {
    id: string;
    side: AskOfferSide;
    kind: AskOfferKind;
    title: string;
    description: string;
    themes: Array<string>;
    area: string;
    endsOn: string;
    status: AskOfferStatus;
    createdAt: string;
    closedAt: string | null;
    viewerMayEdit: boolean;
    network: { id: string; slug: string; name: string } | null;
    postedBy: { id: string; displayName: string } | null;
    gathering: { id: string; title: string; slug: string | null } | null;
    metByOffer: { id: string; title: string } | null;
    metByNetwork: { id: string; slug: string; name: string } | null;
  };
};

export type CloseAskOfferMutationVariables = Exact<{
  input: CloseAskOfferInput;
}>;

export type CloseAskOfferMutation = {
  closeAskOffer: {
    id: string;
    side: AskOfferSide;
    kind: AskOfferKind;
    title: string;
    description: string;
    themes: Array<string>;
    area: string;
    endsOn: string;
    status: AskOfferStatus;
    createdAt: string;
    closedAt: string | null;
    viewerMayEdit: boolean;
    network: { id: string; slug: string; name: string } | null;
    postedBy: { id: string; displayName: string } | null;
    gathering: { id: string; title: string; slug: string | null } | null;
    metByOffer: { id: string; title: string } | null;
    metByNetwork: { id: string; slug: string; name: string } | null;
  };
};

export type IntroduceAskOfferMutationVariables = Exact<{
  input: AskAndOfferInput;
}>;

export type IntroduceAskOfferMutation = { introduceAskOffer: { conversationId: string; isNew: boolean } };

export type MarkAskMetMutationVariables = Exact<{
  input: AskAndOfferInput;
}>;

export type MarkAskMetMutation = {
  markAskMet: {
    id: string;
    side: AskOfferSide;
    kind: AskOfferKind;
    title: string;
    description: string;
    themes: Array<string>;
    area: string;
    endsOn: string;
    status: AskOfferStatus;
    createdAt: string;
    closedAt: string | null;
    viewerMayEdit: boolean;
    network: { id: string; slug: string; name: string } | null;
    postedBy: { id: string; displayName: string } | null;
    gathering: { id: string; title: string; slug: string | null } | null;
    metByOffer: { id: string; title: string } | null;
    metByNetwork: { id: string; slug: string; name: string } | null;
  };
};

export type GatheringAsksOffersQueryVariables = Exact<{
  gatheringId: string;
}>;

export type GatheringAsksOffersQuery = {
  asksOffers: { totalCount: number; edges: Array<{ node: { id: string; side: AskOfferSide; title: string; status: AskOfferStatus } }> };
};

export type UpdateAskOfferMutationVariables = Exact<{
  input: UpdateAskOfferInput;
}>;

export type UpdateAskOfferMutation = {
  updateAskOffer: {
    id: string;
    side: AskOfferSide;
    kind: AskOfferKind;
    title: string;
    description: string;
    themes: Array<string>;
    area: string;
    endsOn: string;
    status: AskOfferStatus;
    createdAt: string;
    closedAt: string | null;
    viewerMayEdit: boolean;
    network: { id: string; slug: string; name: string } | null;
    postedBy: { id: string; displayName: string } | null;
    gathering: { id: string; title: string; slug: string | null } | null;
    metByOffer: { id: string; title: string } | null;
    metByNetwork: { id: string; slug: string; name: string } | null;
  };
};

export type NetworkReciprocityQueryVariables = Exact<{
  networkId: string;
}>;

export type NetworkReciprocityQuery = {
  networkReciprocity: {
    metForCount: number;
    metByCount: number;
    metFor: Array<{ count: number; network: { id: string; name: string; slug: string } }>;
    metBy: Array<{ count: number; network: { id: string; name: string; slug: string } }>;
  };
};

export type AddPostMutationVariables = Exact<{
  input: AddPostInput;
}>;

export type AddPostMutation = {
  addPost: {
    id: string;
    seq: number;
    parentId: string | null;
    body: string | null;
    isQuestion: boolean;
    replyCount: number;
    createdAt: string;
    editedAt: string | null;
    deletedAt: string | null;
    author: { id: string; displayName: string } | null;
    hidden: { reason: string; hiddenAt: string } | null;
    mentionedPeople: Array<{ id: string; displayName: string }>;
    mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
    reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
  };
};

export type ConversationFieldsFragment = {
  id: string;
  kind: ConversationKind;
  title: string;
  isSeeded: boolean;
  lockedAt: string | null;
  postCount: number;
  lastSeq: number;
  lastPostAt: string;
  viewerFollows: boolean;
  viewerModerates: boolean;
  viewerLastReadSeq: number;
  unreadCount: number;
  gathering: { id: string; name: string; slug: string | null } | null;
  session: { id: string; name: string } | null;
  network: { id: string; name: string; slug: string | null } | null;
  startedBy: { id: string; displayName: string } | null;
};

export type ConversationInvitationQueryVariables = Exact<{
  code: string;
}>;

export type ConversationInvitationQuery = { conversationInvitation: { code: string; conversationTitle: string } };

export type ConversationUpdatesSubscriptionVariables = Exact<{
  conversationId: string;
}>;

export type ConversationUpdatesSubscription = {
  conversationUpdates: {
    conversation: {
      id: string;
      kind: ConversationKind;
      title: string;
      isSeeded: boolean;
      lockedAt: string | null;
      postCount: number;
      lastSeq: number;
      lastPostAt: string;
      viewerFollows: boolean;
      viewerModerates: boolean;
      viewerLastReadSeq: number;
      unreadCount: number;
      gathering: { id: string; name: string; slug: string | null } | null;
      session: { id: string; name: string } | null;
      network: { id: string; name: string; slug: string | null } | null;
      startedBy: { id: string; displayName: string } | null;
    };
    posts: Array<{
      id: string;
      seq: number;
      parentId: string | null;
      body: string | null;
      isQuestion: boolean;
      replyCount: number;
      createdAt: string;
      editedAt: string | null;
      deletedAt: string | null;
      author: { id: string; displayName: string } | null;
      hidden: { reason: string; hiddenAt: string } | null;
      mentionedPeople: Array<{ id: string; displayName: string }>;
      mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
      reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
    }>;
  };
};

export type ConversationQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ConversationQuery = {
  conversation: {
    id: string;
    kind: ConversationKind;
    title: string;
    isSeeded: boolean;
    lockedAt: string | null;
    postCount: number;
    lastSeq: number;
    lastPostAt: string;
    viewerFollows: boolean;
    viewerModerates: boolean;
    viewerLastReadSeq: number;
    unreadCount: number;
    gathering: { id: string; name: string; slug: string | null } | null;
    session: { id: string; name: string } | null;
    network: { id: string; name: string; slug: string | null } | null;
    startedBy: { id: string; displayName: string } | null;
  };
  posts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        seq: number;
        parentId: string | null;
        body: string | null;
        isQuestion: boolean;
        replyCount: number;
        createdAt: string;
        editedAt: string | null;
        deletedAt: string | null;
        author: { id: string; displayName: string } | null;
        hidden: { reason: string; hiddenAt: string } | null;
        mentionedPeople: Array<{ id: string; displayName: string }>;
        mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
        reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
      };
    }>;
  };
};

export type ConversationsQueryVariables = Exact<{
  gatheringId?: string | null | undefined;
  following?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ConversationsQuery = {
  conversations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        kind: ConversationKind;
        title: string;
        isSeeded: boolean;
        lockedAt: string | null;
        postCount: number;
        lastSeq: number;
        lastPostAt: string;
        viewerFollows: boolean;
        viewerModerates: boolean;
        viewerLastReadSeq: number;
        unreadCount: number;
        gathering: { id: string; name: string; slug: string | null } | null;
        session: { id: string; name: string } | null;
        network: { id: string; name: string; slug: string | null } | null;
        startedBy: { id: string; displayName: string } | null;
      };
    }>;
  };
};

export type CreateConversationInvitationMutationVariables = Exact<{
  input: ConversationIdInput;
}>;

export type CreateConversationInvitationMutation = { createConversationInvitation: { code: string; conversationTitle: string } };

export type DeletePostMutationVariables = Exact<{
  input: PostIdInput;
}>;

export type DeletePostMutation = {
  deletePost: {
    id: string;
    seq: number;
    parentId: string | null;
    body: string | null;
    isQuestion: boolean;
    replyCount: number;
    createdAt: string;
    editedAt: string | null;
    deletedAt: string | null;
    author: { id: string; displayName: string } | null;
    hidden: { reason: string; hiddenAt: string } | null;
    mentionedPeople: Array<{ id: string; displayName: string }>;
    mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
    reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
  };
};

export type EditPostMutationVariables = Exact<{
  input: EditPostInput;
}>;

export type EditPostMutation = {
  editPost: {
    id: string;
    seq: number;
    parentId: string | null;
    body: string | null;
    isQuestion: boolean;
    replyCount: number;
    createdAt: string;
    editedAt: string | null;
    deletedAt: string | null;
    author: { id: string; displayName: string } | null;
    hidden: { reason: string; hiddenAt: string } | null;
    mentionedPeople: Array<{ id: string; displayName: string }>;
    mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
    reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
  };
};

export type FollowConversationMutationVariables = Exact<{
  input: FollowConversationInput;
}>;

export type FollowConversationMutation = {
  followConversation: {
    id: string;
    kind: ConversationKind;
    title: string;
    isSeeded: boolean;
    lockedAt: string | null;
    postCount: number;
    lastSeq: number;
    lastPostAt: string;
    viewerFollows: boolean;
    viewerModerates: boolean;
    viewerLastReadSeq: number;
    unreadCount: number;
    gathering: { id: string; name: string; slug: string | null } | null;
    session: { id: string; name: string } | null;
    network: { id: string; name: string; slug: string | null } | null;
    startedBy: { id: string; displayName: string } | null;
  };
};

export type HidePostMutationVariables = Exact<{
  input: HidePostInput;
}>;

export type HidePostMutation = {
  hidePost: {
    id: string;
    seq: number;
    parentId: string | null;
    body: string | null;
    isQuestion: boolean;
    replyCount: number;
    createdAt: string;
    editedAt: string | null;
    deletedAt: string | null;
    author: { id: string; displayName: string } | null;
    hidden: { reason: string; hiddenAt: string } | null;
    mentionedPeople: Array<{ id: string; displayName: string }>;
    mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
    reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
  };
};

export type JoinConversationMutationVariables = Exact<{
  code: string;
}>;

export type JoinConversationMutation = {
  joinConversation: {
    id: string;
    kind: ConversationKind;
    title: string;
    isSeeded: boolean;
    lockedAt: string | null;
    postCount: number;
    lastSeq: number;
    lastPostAt: string;
    viewerFollows: boolean;
    viewerModerates: boolean;
    viewerLastReadSeq: number;
    unreadCount: number;
    gathering: { id: string; name: string; slug: string | null } | null;
    session: { id: string; name: string } | null;
    network: { id: string; name: string; slug: string | null } | null;
    startedBy: { id: string; displayName: string } | null;
  };
};

export type MarkConversationReadMutationVariables = Exact<{
  input: MarkConversationReadInput;
}>;

export type MarkConversationReadMutation = {
  markConversationRead: {
    id: string;
    kind: ConversationKind;
    title: string;
    isSeeded: boolean;
    lockedAt: string | null;
    postCount: number;
    lastSeq: number;
    lastPostAt: string;
    viewerFollows: boolean;
    viewerModerates: boolean;
    viewerLastReadSeq: number;
    unreadCount: number;
    gathering: { id: string; name: string; slug: string | null } | null;
    session: { id: string; name: string } | null;
    network: { id: string; name: string; slug: string | null } | null;
    startedBy: { id: string; displayName: string } | null;
  };
};

export type MentionablesQueryVariables = Exact<{
  conversationId: string;
  search: string;
}>;

export type MentionablesQuery = {
  mentionables: { people: Array<{ id: string; displayName: string }>; networks: Array<{ id: string; name: string }> };
};

export type PostFieldsFragment = {
  id: string;
  seq: number;
  parentId: string | null;
  body: string | null;
  isQuestion: boolean;
  replyCount: number;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  author: { id: string; displayName: string } | null;
  hidden: { reason: string; hiddenAt: string } | null;
  mentionedPeople: Array<{ id: string; displayName: string }>;
  mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
  reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
};

export type PostHistoryQueryVariables = Exact<{
  postId: string;
}>;

export type PostHistoryQuery = { postHistory: Array<{ body: string; writtenAt: string; editedAt: string }> };

export type PostsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PostsQuery = {
  posts: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        seq: number;
        parentId: string | null;
        body: string | null;
        isQuestion: boolean;
        replyCount: number;
        createdAt: string;
        editedAt: string | null;
        deletedAt: string | null;
        author: { id: string; displayName: string } | null;
        hidden: { reason: string; hiddenAt: string } | null;
        mentionedPeople: Array<{ id: string; displayName: string }>;
        mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
        reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
      };
    }>;
  };
};

export type ReactToPostMutationVariables = Exact<{
  input: ReactInput;
}>;

export type ReactToPostMutation = {
  reactToPost: {
    id: string;
    seq: number;
    parentId: string | null;
    body: string | null;
    isQuestion: boolean;
    replyCount: number;
    createdAt: string;
    editedAt: string | null;
    deletedAt: string | null;
    author: { id: string; displayName: string } | null;
    hidden: { reason: string; hiddenAt: string } | null;
    mentionedPeople: Array<{ id: string; displayName: string }>;
    mentionedNetworks: Array<{ id: string; name: string; slug: string | null }>;
    reactions: Array<{ reaction: Reaction; count: number; mine: boolean }>;
  };
};

export type SetConversationLockedMutationVariables = Exact<{
  input: SetConversationLockedInput;
}>;

export type SetConversationLockedMutation = {
  setConversationLocked: {
    id: string;
    kind: ConversationKind;
    title: string;
    isSeeded: boolean;
    lockedAt: string | null;
    postCount: number;
    lastSeq: number;
    lastPostAt: string;
    viewerFollows: boolean;
    viewerModerates: boolean;
    viewerLastReadSeq: number;
    unreadCount: number;
    gathering: { id: string; name: string; slug: string | null } | null;
    session: { id: string; name: string } | null;
    network: { id: string; name: string; slug: string | null } | null;
    startedBy: { id: string; displayName: string } | null;
  };
};

export type StartConversationMutationVariables = Exact<{
  input: StartConversationInput;
}>;

export type StartConversationMutation = {
  startConversation: {
    id: string;
    kind: ConversationKind;
    title: string;
    isSeeded: boolean;
    lockedAt: string | null;
    postCount: number;
    lastSeq: number;
    lastPostAt: string;
    viewerFollows: boolean;
    viewerModerates: boolean;
    viewerLastReadSeq: number;
    unreadCount: number;
    gathering: { id: string; name: string; slug: string | null } | null;
    session: { id: string; name: string } | null;
    network: { id: string; name: string; slug: string | null } | null;
    startedBy: { id: string; displayName: string } | null;
  };
};

export type AnswerFeedbackMutationVariables = Exact<{
  input: AnswerFeedbackInput;
}>;

export type AnswerFeedbackMutation = {
  answerFeedback: {
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
    stage: FeedbackStage;
    open: boolean;
    closesAt: string | null;
    asksBefore: boolean;
    viewerMayAnswer: boolean;
    viewerIsConvener: boolean;
    questionsLocked: boolean;
    questions: Array<{ id: string; kind: FeedbackQuestionKind; prompt: string }>;
    myAnswer: {
      networking: number | null;
      knowledge: number | null;
      confidence: number | null;
      trust: number | null;
      support: number | null;
      newPeopleMet: number | null;
      comment: string;
      updatedAt: string;
      answers: Array<{ questionId: string; scale: number | null; text: string | null }>;
    } | null;
  };
};

export type FeedbackFormFieldsFragment = {
  gatheringId: string;
  gatheringTitle: string;
  gatheringSlug: string;
  stage: FeedbackStage;
  open: boolean;
  closesAt: string | null;
  asksBefore: boolean;
  viewerMayAnswer: boolean;
  viewerIsConvener: boolean;
  questionsLocked: boolean;
  questions: Array<{ id: string; kind: FeedbackQuestionKind; prompt: string }>;
  myAnswer: {
    networking: number | null;
    knowledge: number | null;
    confidence: number | null;
    trust: number | null;
    support: number | null;
    newPeopleMet: number | null;
    comment: string;
    updatedAt: string;
    answers: Array<{ questionId: string; scale: number | null; text: string | null }>;
  } | null;
};

export type FeedbackFormQueryVariables = Exact<{
  gatheringId: string;
  stage: FeedbackStage;
}>;

export type FeedbackFormQuery = {
  feedbackForm: {
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
    stage: FeedbackStage;
    open: boolean;
    closesAt: string | null;
    asksBefore: boolean;
    viewerMayAnswer: boolean;
    viewerIsConvener: boolean;
    questionsLocked: boolean;
    questions: Array<{ id: string; kind: FeedbackQuestionKind; prompt: string }>;
    myAnswer: {
      networking: number | null;
      knowledge: number | null;
      confidence: number | null;
      trust: number | null;
      support: number | null;
      newPeopleMet: number | null;
      comment: string;
      updatedAt: string;
      answers: Array<{ questionId: string; scale: number | null; text: string | null }>;
    } | null;
  };
};

export type FeedbackResultsQueryVariables = Exact<{
  gatheringId: string;
  stage: FeedbackStage;
}>;

export type FeedbackResultsQuery = {
  feedbackResults: {
    gatheringId: string;
    stage: FeedbackStage;
    fewestShown: number;
    enoughAnswers: boolean;
    participants: number;
    answered: number | null;
    responseRate: number | null;
    newPeopleAnswered: number | null;
    newPeopleTotal: number | null;
    newPeopleMean: number | null;
    scales: Array<{
      scale: FeedbackScale | null;
      questionId: string | null;
      prompt: string | null;
      shown: boolean;
      answered: number | null;
      mean: number | null;
      counts: Array<number> | null;
    }>;
    texts: Array<{ questionId: string | null; prompt: string | null; texts: Array<string> }>;
    series: {
      startGatheringTitle: string;
      startGatheringSlug: string;
      beforeAnswered: number | null;
      paired: number | null;
      scales: Array<{ scale: FeedbackScale; before: number | null; after: number | null; change: number | null }>;
    } | null;
  };
};

export type AddFeedbackQuestionMutationVariables = Exact<{
  input: AddFeedbackQuestionInput;
}>;

export type AddFeedbackQuestionMutation = {
  addFeedbackQuestion: {
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
    stage: FeedbackStage;
    open: boolean;
    closesAt: string | null;
    asksBefore: boolean;
    viewerMayAnswer: boolean;
    viewerIsConvener: boolean;
    questionsLocked: boolean;
    questions: Array<{ id: string; kind: FeedbackQuestionKind; prompt: string }>;
    myAnswer: {
      networking: number | null;
      knowledge: number | null;
      confidence: number | null;
      trust: number | null;
      support: number | null;
      newPeopleMet: number | null;
      comment: string;
      updatedAt: string;
      answers: Array<{ questionId: string; scale: number | null; text: string | null }>;
    } | null;
  };
};

export type RemoveFeedbackQuestionMutationVariables = Exact<{
  questionId: string;
}>;

export type RemoveFeedbackQuestionMutation = {
  removeFeedbackQuestion: {
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
    stage: FeedbackStage;
    open: boolean;
    closesAt: string | null;
    asksBefore: boolean;
    viewerMayAnswer: boolean;
    viewerIsConvener: boolean;
    questionsLocked: boolean;
    questions: Array<{ id: string; kind: FeedbackQuestionKind; prompt: string }>;
    myAnswer: {
      networking: number | null;
      knowledge: number | null;
      confidence: number | null;
      trust: number | null;
      support: number | null;
      newPeopleMet: number | null;
      comment: string;
      updatedAt: string;
      answers: Array<{ questionId: string; scale: number | null; text: string | null }>;
    } | null;
  };
};

export type SetFeedbackBeforeMutationVariables = Exact<{
  input: SetFeedbackBeforeInput;
}>;

export type SetFeedbackBeforeMutation = {
  setFeedbackBefore: {
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
    stage: FeedbackStage;
    open: boolean;
    closesAt: string | null;
    asksBefore: boolean;
    viewerMayAnswer: boolean;
    viewerIsConvener: boolean;
    questionsLocked: boolean;
    questions: Array<{ id: string; kind: FeedbackQuestionKind; prompt: string }>;
    myAnswer: {
      networking: number | null;
      knowledge: number | null;
      confidence: number | null;
      trust: number | null;
      support: number | null;
      newPeopleMet: number | null;
      comment: string;
      updatedAt: string;
      answers: Array<{ questionId: string; scale: number | null; text: string | null }>;
    } | null;
  };
};

export type CancelRegistrationMutationVariables = Exact<{
  input: GatheringIdInput;
}>;

export type CancelRegistrationMutation = {
  cancelRegistration: {
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  };
};

export type CheckInCodeQueryVariables = Exact<{
  gatheringId: string;
}>;

export type CheckInCodeQuery = { checkInCode: { gatheringId: string; code: string; path: string } };

export type CheckInPersonMutationVariables = Exact<{
  input: RegistrationIdInput;
}>;

export type CheckInPersonMutation = {
  checkInPerson: {
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  };
};

export type UndoCheckInMutationVariables = Exact<{
  input: RegistrationIdInput;
}>;

export type UndoCheckInMutation = {
  undoCheckIn: {
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  };
};

export type CheckInWithCodeMutationVariables = Exact<{
  input: CheckInWithCodeInput;
}>;

export type CheckInWithCodeMutation = {
  checkInWithCode: {
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  };
};

export type CoConvenersQueryVariables = Exact<{
  slug: string;
}>;

export type CoConvenersQuery = {
  gathering: {
    id: string;
    convenedBy: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }>;
    pendingCoConveners: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }> | null;
  };
};

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type CreateCalendarFeedMutation = { createCalendarFeed: string };

export type CreateFollowUpMutationVariables = Exact<{
  input: CreateFollowUpInput;
}>;

export type CreateFollowUpMutation = {
  createFollowUp: {
    id: string;
    slug: string;
    title: string;
    purpose: string;
    format: GatheringFormat;
    venue: string | null;
    onlineUrl: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    capacity: number | null;
    placesLeft: number | null;
    registrationMode: RegistrationMode;
    accessFeatures: Array<AccessFeature>;
    accessNotes: string;
    status: GatheringStatus;
    viewerIsConvener: boolean;
    convenedBy: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }>;
    viewerRegistration: {
      id: string;
      gatheringId: string;
      personId: string;
      personName: string;
      status: RegistrationStatus;
      waitlistPosition: number | null;
      accessNeeds: string | null;
      shareAccessNeeds: boolean;
      representingNetworkIds: Array<string>;
      checkIn: { method: CheckInMethod; checkedInAt: string } | null;
    } | null;
    followsUp: { id: string; slug: string; title: string; startsAt: string; status: GatheringStatus } | null;
    followedUpBy: Array<{ id: string; slug: string; title: string; startsAt: string; status: GatheringStatus }>;
  };
};

export type CreateGatheringMutationVariables = Exact<{
  input: CreateGatheringInput;
}>;

export type CreateGatheringMutation = {
  createGathering: {
    id: string;
    slug: string;
    title: string;
    purpose: string;
    format: GatheringFormat;
    venue: string | null;
    onlineUrl: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    capacity: number | null;
    placesLeft: number | null;
    registrationMode: RegistrationMode;
    accessFeatures: Array<AccessFeature>;
    accessNotes: string;
    status: GatheringStatus;
    viewerIsConvener: boolean;
    convenedBy: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }>;
    viewerRegistration: {
      id: string;
      gatheringId: string;
      personId: string;
      personName: string;
      status: RegistrationStatus;
      waitlistPosition: number | null;
      accessNeeds: string | null;
      shareAccessNeeds: boolean;
      representingNetworkIds: Array<string>;
      checkIn: { method: CheckInMethod; checkedInAt: string } | null;
    } | null;
    followsUp: { id: string; slug: string; title: string; startsAt: string; status: GatheringStatus } | null;
    followedUpBy: Array<{ id: string; slug: string; title: string; startsAt: string; status: GatheringStatus }>;
  };
};

export type CreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;

export type CreateInvitationMutation = {
  createInvitation: {
    id: string;
    code: string;
    url: string;
    gatheringId: string;
    issuedByName: string;
    networkName: string | null;
    isExpired: boolean;
  };
};

export type DecideRegistrationMutationVariables = Exact<{
  input: DecideRegistrationInput;
}>;

export type DecideRegistrationMutation = {
  decideRegistration: {
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  };
};

export type DelegatePlacesQueryVariables = Exact<{
  gatheringId: string;
}>;

export type DelegatePlacesQuery = {
  delegatePlaces: Array<{
    places: number;
    delegates: Array<string>;
    network: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
  }>;
};

export type GatheringFieldsFragment = {
  id: string;
  slug: string;
  title: string;
  purpose: string;
  format: GatheringFormat;
  venue: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  capacity: number | null;
  placesLeft: number | null;
  registrationMode: RegistrationMode;
  accessFeatures: Array<AccessFeature>;
  accessNotes: string;
  status: GatheringStatus;
  viewerIsConvener: boolean;
  convenedBy: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }>;
  viewerRegistration: {
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  } | null;
  followsUp: { id: string; slug: string; title: string; startsAt: string; status: GatheringStatus } | null;
  followedUpBy: Array<{ id: string; slug: string; title: string; startsAt: string; status: GatheringStatus }>;
};

export type GatheringLinkFieldsFragment = { id: string; slug: string; title: string; startsAt: string; status: GatheringStatus };

export type GatheringParticipantsQueryVariables = Exact<{
  gatheringId: string;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;

export type GatheringParticipantsQuery = {
  gatheringParticipants: {
    totalCount: number;
    edges: Array<{ node: { personId: string; displayName: string; networks: Array<{ id: string; name: string }> } }>;
  };
};

export type GatheringRegistrationsQueryVariables = Exact<{
  gatheringId: string;
}>;

export type GatheringRegistrationsQuery = {
  gatheringRegistrations: Array<{
    membersOnlyNetworkCount: number;
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    representingNetworks: Array<{ id: string; name: string }>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  }>;
};

export type GatheringQueryVariables = Exact<{
  slug: string;
}>;

export type GatheringQuery = {
  gathering: {
    id: string;
    slug: string;
    title: string;
    purpose: string;
    format: GatheringFormat;
    venue: string | null;
    onlineUrl: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    capacity: number | null;
    placesLeft: number | null;
    registrationMode: RegistrationMode;
    accessFeatures: Array<AccessFeature>;
    accessNotes: string;
    status: GatheringStatus;
    viewerIsConvener: boolean;
    convenedBy: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }>;
    viewerRegistration: {
      id: string;
      gatheringId: string;
      personId: string;
      personName: string;
      status: RegistrationStatus;
      waitlistPosition: number | null;
      accessNeeds: string | null;
      shareAccessNeeds: boolean;
      representingNetworkIds: Array<string>;
      checkIn: { method: CheckInMethod; checkedInAt: string } | null;
    } | null;
    followsUp: { id: string; slug: string; title: string; startsAt: string; status: GatheringStatus } | null;
    followedUpBy: Array<{ id: string; slug: string; title: string; startsAt: string; status: GatheringStatus }>;
  };
};

export type InvitationFieldsFragment = {
  id: string;
  code: string;
  url: string;
  gatheringId: string;
  issuedByName: string;
  networkName: string | null;
  isExpired: boolean;
};

export type InvitationTreeQueryVariables = Exact<{
  gatheringId: string;
}>;

export type InvitationTreeQuery = {
  invitationTree: {
    networksReached: number;
    maxDepth: number;
    registrationsThroughInvitations: number;
    nodes: Array<{
      id: string;
      parentId: string | null;
      depth: number;
      issuedByName: string;
      networkName: string | null;
      registrations: number;
      branchRegistrations: number;
    }>;
  };
};

export type InvitationQueryVariables = Exact<{
  code: string;
}>;

export type InvitationQuery = {
  invitation: {
    id: string;
    code: string;
    url: string;
    gatheringId: string;
    issuedByName: string;
    networkName: string | null;
    isExpired: boolean;
  };
};

export type InviteByEmailMutationVariables = Exact<{
  input: InviteByEmailInput;
}>;

export type InviteByEmailMutation = {
  inviteByEmail: { sent: number; alreadyRegistered: Array<string>; invalid: Array<{ line: number; value: string; reason: string }> };
};

export type InviteCoConvenerMutationVariables = Exact<{
  input: InviteCoConvenerInput;
}>;

export type InviteCoConvenerMutation = {
  inviteCoConvener: {
    id: string;
    pendingCoConveners: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }> | null;
  };
};

export type MyCoConveningInvitationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyCoConveningInvitationsQuery = {
  myCoConveningInvitations: Array<{
    gathering: { id: string; slug: string; title: string; startsAt: string; endsAt: string; timeZone: string };
    network: { id: string; name: string };
  }>;
};

export type MyGatheringsQueryVariables = Exact<{
  past: boolean;
}>;

export type MyGatheringsQuery = {
  myGatherings: Array<{
    id: string;
    slug: string;
    title: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    status: GatheringStatus;
    viewerIsConvener: boolean;
    viewerRegistration: { id: string; status: RegistrationStatus; waitlistPosition: number | null } | null;
  }>;
};

export type MyInvitationsQueryVariables = Exact<{
  gatheringId: string;
}>;

export type MyInvitationsQuery = {
  myInvitations: Array<{
    expiresAt: string | null;
    id: string;
    code: string;
    url: string;
    gatheringId: string;
    issuedByName: string;
    networkName: string | null;
    isExpired: boolean;
  }>;
};

export type MyNetworksQueryVariables = Exact<{ [key: string]: never }>;

export type MyNetworksQuery = { myNetworks: Array<{ id: string; name: string; viewerRoles: Array<NetworkRole> }> };

export type NetworkMembersQueryVariables = Exact<{
  slug: string;
}>;

export type NetworkMembersQuery = {
  network: { id: string; people: Array<{ role: NetworkRole; person: { id: string; displayName: string } }> };
};

export type NominateDelegateMutationVariables = Exact<{
  input: NominateDelegateInput;
}>;

export type NominateDelegateMutation = {
  nominateDelegate: {
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  };
};

export type RegenerateCheckInCodeMutationVariables = Exact<{
  input: GatheringIdInput;
}>;

export type RegenerateCheckInCodeMutation = { regenerateCheckInCode: { gatheringId: string; code: string; path: string } };

export type RegisterForGatheringMutationVariables = Exact<{
  input: RegisterForGatheringInput;
}>;

export type RegisterForGatheringMutation = {
  registerForGathering: {
    id: string;
    gatheringId: string;
    personId: string;
    personName: string;
    status: RegistrationStatus;
    waitlistPosition: number | null;
    accessNeeds: string | null;
    shareAccessNeeds: boolean;
    representingNetworkIds: Array<string>;
    checkIn: { method: CheckInMethod; checkedInAt: string } | null;
  };
};

export type RegistrationFieldsFragment = {
  id: string;
  gatheringId: string;
  personId: string;
  personName: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  accessNeeds: string | null;
  shareAccessNeeds: boolean;
  representingNetworkIds: Array<string>;
  checkIn: { method: CheckInMethod; checkedInAt: string } | null;
};

export type RespondToCoConveningMutationVariables = Exact<{
  input: RespondToCoConveningInput;
}>;

export type RespondToCoConveningMutation = {
  respondToCoConvening: {
    id: string;
    slug: string;
    title: string;
    purpose: string;
    format: GatheringFormat;
    venue: string | null;
    onlineUrl: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    capacity: number | null;
    placesLeft: number | null;
    registrationMode: RegistrationMode;
    accessFeatures: Array<AccessFeature>;
    accessNotes: string;
    status: GatheringStatus;
    viewerIsConvener: boolean;
    convenedBy: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }>;
    viewerRegistration: {
      id: string;
      gatheringId: string;
      personId: string;
      personName: string;
      status: RegistrationStatus;
      waitlistPosition: number | null;
      accessNeeds: string | null;
      shareAccessNeeds: boolean;
      representingNetworkIds: Array<string>;
      checkIn: { method: CheckInMethod; checkedInAt: string } | null;
    } | null;
    followsUp: { id: string; slug: string; title: string; startsAt: string; status: GatheringStatus } | null;
    followedUpBy: Array<{ id: string; slug: string; title: string; startsAt: string; status: GatheringStatus }>;
  };
};

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never }>;

export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type SetDelegatePlacesMutationVariables = Exact<{
  input: SetDelegatePlacesInput;
}>;

export type SetDelegatePlacesMutation = {
  setDelegatePlaces: Array<{
    places: number;
    delegates: Array<string>;
    network: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
  }>;
};

export type SetGatheringStatusMutationVariables = Exact<{
  input: SetGatheringStatusInput;
}>;

export type SetGatheringStatusMutation = {
  setGatheringStatus: {
    id: string;
    slug: string;
    title: string;
    purpose: string;
    format: GatheringFormat;
    venue: string | null;
    onlineUrl: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    capacity: number | null;
    placesLeft: number | null;
    registrationMode: RegistrationMode;
    accessFeatures: Array<AccessFeature>;
    accessNotes: string;
    status: GatheringStatus;
    viewerIsConvener: boolean;
    convenedBy: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }>;
    viewerRegistration: {
      id: string;
      gatheringId: string;
      personId: string;
      personName: string;
      status: RegistrationStatus;
      waitlistPosition: number | null;
      accessNeeds: string | null;
      shareAccessNeeds: boolean;
      representingNetworkIds: Array<string>;
      checkIn: { method: CheckInMethod; checkedInAt: string } | null;
    } | null;
    followsUp: { id: string; slug: string; title: string; startsAt: string; status: GatheringStatus } | null;
    followedUpBy: Array<{ id: string; slug: string; title: string; startsAt: string; status: GatheringStatus }>;
  };
};

export type UpdateGatheringMutationVariables = Exact<{
  input: UpdateGatheringInput;
}>;

export type UpdateGatheringMutation = {
  updateGathering: {
    id: string;
    slug: string;
    title: string;
    purpose: string;
    format: GatheringFormat;
    venue: string | null;
    onlineUrl: string | null;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    capacity: number | null;
    placesLeft: number | null;
    registrationMode: RegistrationMode;
    accessFeatures: Array<AccessFeature>;
    accessNotes: string;
    status: GatheringStatus;
    viewerIsConvener: boolean;
    convenedBy: Array<{ id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean }>;
    viewerRegistration: {
      id: string;
      gatheringId: string;
      personId: string;
      personName: string;
      status: RegistrationStatus;
      waitlistPosition: number | null;
      accessNeeds: string | null;
      shareAccessNeeds: boolean;
      representingNetworkIds: Array<string>;
      checkIn: { method: CheckInMethod; checkedInAt: string } | null;
    } | null;
    followsUp: { id: string; slug: string; title: string; startsAt: string; status: GatheringStatus } | null;
    followedUpBy: Array<{ id: string; slug: string; title: string; startsAt: string; status: GatheringStatus }>;
  };
};

export type WhosMissingQueryVariables = Exact<{
  gatheringId: string;
}>;

export type WhosMissingQuery = {
  whosMissing: {
    sectors: Array<Sector>;
    regions: Array<Region>;
    registered: number;
    came: number;
    sectorsNotCome: Array<Sector>;
    networks: Array<{ id: string; name: string; slug: string }>;
    notComeByNetwork: Array<{ registered: number; came: number; network: { id: string; name: string; slug: string } }>;
  };
};

export type HarvestFieldsFragment = {
  gatheringId: string;
  gatheringTitle: string;
  gatheringSlug: string;
  status: HarvestStatus;
  visibility: HarvestVisibility;
  version: number;
  publishedAt: string | null;
  viewerMayEdit: boolean;
  themes: Array<{ heading: string; body: string }>;
  sessions: Array<{
    id: string;
    title: string;
    hostName: string;
    spaceName: string | null;
    slotLabel: string | null;
    slotStartsAt: string | null;
    slotEndsAt: string | null;
    tookPart: number;
    notes: Array<{ text: string; authorName: string }>;
    actions: Array<{ id: string; what: string; ownerName: string; dueOn: string | null; done: boolean }>;
  }>;
};

export type HarvestQueryVariables = Exact<{
  gatheringId: string;
}>;

export type HarvestQuery = {
  harvest: {
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
    status: HarvestStatus;
    visibility: HarvestVisibility;
    version: number;
    publishedAt: string | null;
    viewerMayEdit: boolean;
    themes: Array<{ heading: string; body: string }>;
    sessions: Array<{
      id: string;
      title: string;
      hostName: string;
      spaceName: string | null;
      slotLabel: string | null;
      slotStartsAt: string | null;
      slotEndsAt: string | null;
      tookPart: number;
      notes: Array<{ text: string; authorName: string }>;
      actions: Array<{ id: string; what: string; ownerName: string; dueOn: string | null; done: boolean }>;
    }>;
  } | null;
};

export type MarkActionDoneMutationVariables = Exact<{
  input: SetActionDoneInput;
}>;

export type MarkActionDoneMutation = { setActionDone: { id: string; done: boolean } };

export type MyActionsQueryVariables = Exact<{ [key: string]: never }>;

export type MyActionsQuery = {
  myActions: Array<{
    id: string;
    what: string;
    dueOn: string | null;
    done: boolean;
    sessionTitle: string;
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
  }>;
};

export type SaveHarvestMutationVariables = Exact<{
  input: SaveHarvestInput;
}>;

export type SaveHarvestMutation = {
  saveHarvest: {
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
    status: HarvestStatus;
    visibility: HarvestVisibility;
    version: number;
    publishedAt: string | null;
    viewerMayEdit: boolean;
    themes: Array<{ heading: string; body: string }>;
    sessions: Array<{
      id: string;
      title: string;
      hostName: string;
      spaceName: string | null;
      slotLabel: string | null;
      slotStartsAt: string | null;
      slotEndsAt: string | null;
      tookPart: number;
      notes: Array<{ text: string; authorName: string }>;
      actions: Array<{ id: string; what: string; ownerName: string; dueOn: string | null; done: boolean }>;
    }>;
  };
};

export type SetHarvestStatusMutationVariables = Exact<{
  input: SetHarvestStatusInput;
}>;

export type SetHarvestStatusMutation = {
  setHarvestStatus: {
    gatheringId: string;
    gatheringTitle: string;
    gatheringSlug: string;
    status: HarvestStatus;
    visibility: HarvestVisibility;
    version: number;
    publishedAt: string | null;
    viewerMayEdit: boolean;
    themes: Array<{ heading: string; body: string }>;
    sessions: Array<{
      id: string;
      title: string;
      hostName: string;
      spaceName: string | null;
      slotLabel: string | null;
      slotStartsAt: string | null;
      slotEndsAt: string | null;
      tookPart: number;
      notes: Array<{ text: string; authorName: string }>;
      actions: Array<{ id: string; what: string; ownerName: string; dueOn: string | null; done: boolean }>;
    }>;
  };
};

export type ImpactFieldsFragment = {
  subjectKind: ImpactSubjectKind;
  slug: string;
  name: string;
  periodKind: ImpactPeriodKind;
  fullView: boolean;
  mayPublish: boolean;
  published: Array<ImpactMeasure>;
  shown: Array<ImpactMeasure>;
  fewestPeopleShown: number;
  gatheringCount: number;
  networkCount: number;
  bridgingNetworks: number;
  bridgingEstimated: boolean;
  bridgingSince: string | null;
  periods: Array<{
    key: string;
    label: string;
    startsAt: string | null;
    figures: Array<{
      measure: ImpactMeasure;
      name: ImpactFigureName;
      scale: FeedbackScale | null;
      suppressed: boolean;
      value: number | null;
    }>;
  }>;
  total: {
    key: string;
    label: string;
    startsAt: string | null;
    figures: Array<{
      measure: ImpactMeasure;
      name: ImpactFigureName;
      scale: FeedbackScale | null;
      suppressed: boolean;
      value: number | null;
    }>;
  };
};

export type ImpactFigureFieldsFragment = {
  measure: ImpactMeasure;
  name: ImpactFigureName;
  scale: FeedbackScale | null;
  suppressed: boolean;
  value: number | null;
};

export type GatheringImpactQueryVariables = Exact<{
  slug: string;
}>;

export type GatheringImpactQuery = {
  gatheringImpact: {
    subjectKind: ImpactSubjectKind;
    slug: string;
    name: string;
    periodKind: ImpactPeriodKind;
    fullView: boolean;
    mayPublish: boolean;
    published: Array<ImpactMeasure>;
    shown: Array<ImpactMeasure>;
    fewestPeopleShown: number;
    gatheringCount: number;
    networkCount: number;
    bridgingNetworks: number;
    bridgingEstimated: boolean;
    bridgingSince: string | null;
    periods: Array<{
      key: string;
      label: string;
      startsAt: string | null;
      figures: Array<{
        measure: ImpactMeasure;
        name: ImpactFigureName;
        scale: FeedbackScale | null;
        suppressed: boolean;
        value: number | null;
      }>;
    }>;
    total: {
      key: string;
      label: string;
      startsAt: string | null;
      figures: Array<{
        measure: ImpactMeasure;
        name: ImpactFigureName;
        scale: FeedbackScale | null;
        suppressed: boolean;
        value: number | null;
      }>;
    };
  };
};

export type NetworkImpactQueryVariables = Exact<{
  slug: string;
}>;

export type NetworkImpactQuery = {
  networkImpact: {
    subjectKind: ImpactSubjectKind;
    slug: string;
    name: string;
    periodKind: ImpactPeriodKind;
    fullView: boolean;
    mayPublish: boolean;
    published: Array<ImpactMeasure>;
    shown: Array<ImpactMeasure>;
    fewestPeopleShown: number;
    gatheringCount: number;
    networkCount: number;
    bridgingNetworks: number;
    bridgingEstimated: boolean;
    bridgingSince: string | null;
    periods: Array<{
      key: string;
      label: string;
      startsAt: string | null;
      figures: Array<{
        measure: ImpactMeasure;
        name: ImpactFigureName;
        scale: FeedbackScale | null;
        suppressed: boolean;
        value: number | null;
      }>;
    }>;
    total: {
      key: string;
      label: string;
      startsAt: string | null;
      figures: Array<{
        measure: ImpactMeasure;
        name: ImpactFigureName;
        scale: FeedbackScale | null;
        suppressed: boolean;
        value: number | null;
      }>;
    };
  };
  network: { id: string };
};

export type CoalitionImpactQueryVariables = Exact<{
  slug: string;
}>;

export type CoalitionImpactQuery = {
  coalitionImpact: {
    subjectKind: ImpactSubjectKind;
    slug: string;
    name: string;
    periodKind: ImpactPeriodKind;
    fullView: boolean;
    mayPublish: boolean;
    published: Array<ImpactMeasure>;
    shown: Array<ImpactMeasure>;
    fewestPeopleShown: number;
    gatheringCount: number;
    networkCount: number;
    bridgingNetworks: number;
    bridgingEstimated: boolean;
    bridgingSince: string | null;
    periods: Array<{
      key: string;
      label: string;
      startsAt: string | null;
      figures: Array<{
        measure: ImpactMeasure;
        name: ImpactFigureName;
        scale: FeedbackScale | null;
        suppressed: boolean;
        value: number | null;
      }>;
    }>;
    total: {
      key: string;
      label: string;
      startsAt: string | null;
      figures: Array<{
        measure: ImpactMeasure;
        name: ImpactFigureName;
        scale: FeedbackScale | null;
        suppressed: boolean;
        value: number | null;
      }>;
    };
  };
  network: { id: string };
};

export type SetImpactPublicationsMutationVariables = Exact<{
  input: SetImpactPublicationsInput;
}>;

export type SetImpactPublicationsMutation = { setImpactPublications: { networkId: string; measures: Array<ImpactMeasure> } };

export type ClaimNetworkMutationVariables = Exact<{
  input: ClaimNetworkInput;
}>;

export type ClaimNetworkMutation = { claimNetwork: { id: string; status: ClaimStatus } };

export type CloseNetworkMutationVariables = Exact<{
  input: CloseNetworkInput;
}>;

export type CloseNetworkMutation = {
  closeNetwork: {
    id: string;
    slug: string;
    name: string;
    kind: NetworkKind;
    purpose: string;
    values: string;
    description: string;
    themes: Array<string>;
    sectors: Array<Sector>;
    scope: NetworkScope;
    lifecycleStage: LifecycleStage;
    isClosed: boolean;
    closingNote: string | null;
    visibility: NetworkVisibility;
    website: string | null;
    contact: string | null;
    memberCount: number;
    viewerRoles: Array<NetworkRole>;
    createdAt: string;
    area: { placeName: string | null; region: Region | null; latitude: number | null; longitude: number | null };
  };
};

export type DirectoryGraphQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: NetworkFilter | null | undefined;
}>;

export type DirectoryGraphQuery = {
  directoryGraph: {
    nodeCount: number;
    edgeCount: number;
    outsideTieCount: number;
    isBetweennessEstimated: boolean;
    nodes: Array<{
      id: string;
      slug: string;
      name: string;
      kind: NetworkKind;
      region: Region | null;
      isClosed: boolean;
      degree: number;
      betweenness: number;
      isBridge: boolean;
      cluster: number;
    }>;
    edges: Array<{ id: string; source: string; target: string; tieType: TieType }>;
  };
};

export type EndMembershipMutationVariables = Exact<{
  input: EndMembershipInput;
}>;

export type EndMembershipMutation = {
  endMembership: {
    id: string;
    status: MembershipStatus;
    tieType: TieType;
    since: string | null;
    until: string | null;
    createdAt: string;
    member: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
    parent: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
  };
};

export type HandOverRoleMutationVariables = Exact<{
  input: HandOverRoleInput;
}>;

export type HandOverRoleMutation = { handOverRole: boolean };

export type InviteToNetworkMutationVariables = Exact<{
  input: InviteToNetworkInput;
}>;

export type InviteToNetworkMutation = {
  inviteToNetwork: {
    id: string;
    email: string;
    role: NetworkRole;
    status: InvitationStatus;
    createdAt: string;
    invitedByName: string | null;
    networkId: string;
    networkName: string;
    networkSlug: string;
  };
};

export type ListNetworkMutationVariables = Exact<{
  input: ListNetworkInput;
}>;

export type ListNetworkMutation = { listNetwork: { id: string; slug: string; name: string } };

export type MembershipFieldsFragment = {
  id: string;
  status: MembershipStatus;
  tieType: TieType;
  since: string | null;
  until: string | null;
  createdAt: string;
  member: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
  parent: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
};

export type NetworkCardFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  purpose: string;
  themes: Array<string>;
  isClosed: boolean;
  memberCount: number;
  createdAt: string;
  publishedImpact: Array<ImpactMeasure>;
  area: { placeName: string | null; region: Region | null };
};

export type NetworkFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  purpose: string;
  values: string;
  description: string;
  themes: Array<string>;
  sectors: Array<Sector>;
  scope: NetworkScope;
  lifecycleStage: LifecycleStage;
  isClosed: boolean;
  closingNote: string | null;
  visibility: NetworkVisibility;
  website: string | null;
  contact: string | null;
  memberCount: number;
  viewerRoles: Array<NetworkRole>;
  createdAt: string;
  area: { placeName: string | null; region: Region | null; latitude: number | null; longitude: number | null };
};

export type NetworkGraphFieldsFragment = {
  nodeCount: number;
  edgeCount: number;
  outsideTieCount: number;
  isBetweennessEstimated: boolean;
  nodes: Array<{
    id: string;
    slug: string;
    name: string;
    kind: NetworkKind;
    region: Region | null;
    isClosed: boolean;
    degree: number;
    betweenness: number;
    isBridge: boolean;
    cluster: number;
  }>;
  edges: Array<{ id: string; source: string; target: string; tieType: TieType }>;
};

export type NetworkGraphQueryVariables = Exact<{
  slug: string;
  depth?: number | null | undefined;
}>;

export type NetworkGraphQuery = {
  networkGraph: {
    nodeCount: number;
    edgeCount: number;
    outsideTieCount: number;
    isBetweennessEstimated: boolean;
    nodes: Array<{
      id: string;
      slug: string;
      name: string;
      kind: NetworkKind;
      region: Region | null;
      isClosed: boolean;
      degree: number;
      betweenness: number;
      isBridge: boolean;
      cluster: number;
    }>;
    edges: Array<{ id: string; source: string; target: string; tieType: TieType }>;
  };
};

export type NetworkManageQueryVariables = Exact<{
  slug: string;
}>;

export type NetworkManageQuery = {
  network: {
    id: string;
    slug: string;
    name: string;
    kind: NetworkKind;
    purpose: string;
    values: string;
    description: string;
    themes: Array<string>;
    sectors: Array<Sector>;
    scope: NetworkScope;
    lifecycleStage: LifecycleStage;
    isClosed: boolean;
    closingNote: string | null;
    visibility: NetworkVisibility;
    website: string | null;
    contact: string | null;
    memberCount: number;
    viewerRoles: Array<NetworkRole>;
    createdAt: string;
    isClaimed: boolean;
    handshakes: Array<{
      id: string;
      status: MembershipStatus;
      tieType: TieType;
      since: string | null;
      until: string | null;
      createdAt: string;
      member: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
      parent: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
    }> | null;
    pendingInvitations: Array<{
      id: string;
      email: string;
      role: NetworkRole;
      status: InvitationStatus;
      createdAt: string;
      invitedByName: string | null;
      networkId: string;
      networkName: string;
      networkSlug: string;
    }> | null;
    area: { placeName: string | null; region: Region | null; latitude: number | null; longitude: number | null };
    memberNetworks: Array<{
      id: string;
      status: MembershipStatus;
      tieType: TieType;
      since: string | null;
      until: string | null;
      createdAt: string;
      member: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
      parent: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
    }>;
    coalitions: Array<{ depth: number; network: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean } }>;
    people: Array<{
      role: NetworkRole;
      since: string;
      until: string | null;
      person: { id: string; displayName: string; pronouns: string | null };
    }>;
    lifecycleHistory: Array<{ stage: LifecycleStage; note: string | null; at: string }>;
  };
};

export type NetworkPeopleHistoryQueryVariables = Exact<{
  slug: string;
}>;

export type NetworkPeopleHistoryQuery = {
  network: {
    id: string;
    people: Array<{
      role: NetworkRole;
      since: string;
      until: string | null;
      person: { id: string; displayName: string; pronouns: string | null };
    }>;
  };
};

export type NetworkPickerQueryVariables = Exact<{
  search: string;
}>;

export type NetworkPickerQuery = {
  networks: { edges: Array<{ node: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean } }> };
};

export type NetworkRelationsFieldsFragment = {
  id: string;
  isClaimed: boolean;
  memberNetworks: Array<{
    id: string;
    status: MembershipStatus;
    tieType: TieType;
    since: string | null;
    until: string | null;
    createdAt: string;
    member: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
    parent: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
  }>;
  coalitions: Array<{ depth: number; network: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean } }>;
  people: Array<{
    role: NetworkRole;
    since: string;
    until: string | null;
    person: { id: string; displayName: string; pronouns: string | null };
  }>;
  lifecycleHistory: Array<{ stage: LifecycleStage; note: string | null; at: string }>;
};

export type NetworkSummaryFieldsFragment = { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };

export type NetworkQueryVariables = Exact<{
  slug: string;
}>;

export type NetworkQuery = {
  network: {
    id: string;
    slug: string;
    name: string;
    kind: NetworkKind;
    purpose: string;
    values: string;
    description: string;
    themes: Array<string>;
    sectors: Array<Sector>;
    scope: NetworkScope;
    lifecycleStage: LifecycleStage;
    isClosed: boolean;
    closingNote: string | null;
    visibility: NetworkVisibility;
    website: string | null;
    contact: string | null;
    memberCount: number;
    viewerRoles: Array<NetworkRole>;
    createdAt: string;
    isClaimed: boolean;
    area: { placeName: string | null; region: Region | null; latitude: number | null; longitude: number | null };
    memberNetworks: Array<{
      id: string;
      status: MembershipStatus;
      tieType: TieType;
      since: string | null;
      until: string | null;
      createdAt: string;
      member: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
      parent: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
    }>;
    coalitions: Array<{ depth: number; network: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean } }>;
    people: Array<{
      role: NetworkRole;
      since: string;
      until: string | null;
      person: { id: string; displayName: string; pronouns: string | null };
    }>;
    lifecycleHistory: Array<{ stage: LifecycleStage; note: string | null; at: string }>;
  };
};

export type NetworksDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: NetworkFilter | null | undefined;
  sort: NetworkSort;
  first: number;
  after?: string | null | undefined;
}>;

export type NetworksDirectoryQuery = {
  networks: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        slug: string;
        name: string;
        kind: NetworkKind;
        purpose: string;
        themes: Array<string>;
        isClosed: boolean;
        memberCount: number;
        createdAt: string;
        publishedImpact: Array<ImpactMeasure>;
        area: { placeName: string | null; region: Region | null };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: {
      kinds: Array<{ value: string; count: number }>;
      sectors: Array<{ value: string; count: number }>;
      scopes: Array<{ value: string; count: number }>;
      lifecycleStages: Array<{ value: string; count: number }>;
      regions: Array<{ value: string; count: number }>;
      themes: Array<{ value: string; count: number }>;
    };
  };
};

export type ProposeMembershipMutationVariables = Exact<{
  input: ProposeMembershipInput;
}>;

export type ProposeMembershipMutation = {
  proposeMembership: {
    id: string;
    status: MembershipStatus;
    tieType: TieType;
    since: string | null;
    until: string | null;
    createdAt: string;
    member: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
    parent: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
  };
};

export type RegisterNetworkMutationVariables = Exact<{
  input: RegisterNetworkInput;
}>;

export type RegisterNetworkMutation = {
  registerNetwork: {
    id: string;
    slug: string;
    name: string;
    kind: NetworkKind;
    purpose: string;
    values: string;
    description: string;
    themes: Array<string>;
    sectors: Array<Sector>;
    scope: NetworkScope;
    lifecycleStage: LifecycleStage;
    isClosed: boolean;
    closingNote: string | null;
    visibility: NetworkVisibility;
    website: string | null;
    contact: string | null;
    memberCount: number;
    viewerRoles: Array<NetworkRole>;
    createdAt: string;
    area: { placeName: string | null; region: Region | null; latitude: number | null; longitude: number | null };
  };
};

export type RemoveNetworkRoleMutationVariables = Exact<{
  input: RemoveNetworkRoleInput;
}>;

export type RemoveNetworkRoleMutation = { removeNetworkRole: boolean };

export type RespondToMembershipMutationVariables = Exact<{
  input: RespondToMembershipInput;
}>;

export type RespondToMembershipMutation = {
  respondToMembership: {
    id: string;
    status: MembershipStatus;
    tieType: TieType;
    since: string | null;
    until: string | null;
    createdAt: string;
    member: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
    parent: { id: string; slug: string; name: string; kind: NetworkKind; isClosed: boolean };
  };
};

export type RoleHolderFieldsFragment = {
  role: NetworkRole;
  since: string;
  until: string | null;
  person: { id: string; displayName: string; pronouns: string | null };
};

export type RoleInvitationFieldsFragment = {
  id: string;
  email: string;
  role: NetworkRole;
  status: InvitationStatus;
  createdAt: string;
  invitedByName: string | null;
  networkId: string;
  networkName: string;
  networkSlug: string;
};

export type UpdateNetworkMutationVariables = Exact<{
  input: UpdateNetworkInput;
}>;

export type UpdateNetworkMutation = {
  updateNetwork: {
    id: string;
    slug: string;
    name: string;
    kind: NetworkKind;
    purpose: string;
    values: string;
    description: string;
    themes: Array<string>;
    sectors: Array<Sector>;
    scope: NetworkScope;
    lifecycleStage: LifecycleStage;
    isClosed: boolean;
    closingNote: string | null;
    visibility: NetworkVisibility;
    website: string | null;
    contact: string | null;
    memberCount: number;
    viewerRoles: Array<NetworkRole>;
    createdAt: string;
    area: { placeName: string | null; region: Region | null; latitude: number | null; longitude: number | null };
  };
};

export type AnswerTieMutationVariables = Exact<{
  input: RespondToMembershipInput;
}>;

export type AnswerTieMutation = { respondToMembership: { id: string; status: MembershipStatus } };

export type InboxUpdatesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type InboxUpdatesSubscription = { inboxUpdates: { unreadCount: number; latest: { id: string } | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type MarkNotificationReadMutationVariables = Exact<{
  input: NotificationIdInput;
}>;

export type MarkNotificationReadMutation = { markNotificationRead: { id: string; read: boolean } };

export type NotificationFieldsFragment = {
  id: string;
  kind: NotificationKind;
  read: boolean;
  createdAt: string;
  subjectType: NotificationSubject;
  subjectId: string;
  actor: { id: string; displayName: string } | null;
  facts: {
    title: string | null;
    slug: string | null;
    networkName: string | null;
    networkSlug: string | null;
    networkId: string | null;
    otherNetworkName: string | null;
    otherNetworkSlug: string | null;
    path: string | null;
    role: string | null;
    answer: string | null;
    side: string | null;
  };
  tie: { id: string; status: MembershipStatus } | null;
};

export type NotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type NotificationsQuery = {
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        kind: NotificationKind;
        read: boolean;
        createdAt: string;
        subjectType: NotificationSubject;
        subjectId: string;
        actor: { id: string; displayName: string } | null;
        facts: {
          title: string | null;
          slug: string | null;
          networkName: string | null;
          networkSlug: string | null;
          networkId: string | null;
          otherNetworkName: string | null;
          otherNetworkSlug: string | null;
          path: string | null;
          role: string | null;
          answer: string | null;
          side: string | null;
        };
        tie: { id: string; status: MembershipStatus } | null;
      };
    }>;
  };
};

export type AddActionMutationVariables = Exact<{
  input: AddActionInput;
}>;

export type AddActionMutation = {
  addAction: {
    id: string;
    sessionId: string;
    what: string;
    ownerName: string;
    ownerId: string | null;
    dueOn: string | null;
    done: boolean;
    createdAt: string;
  };
};

export type AddNoteMutationVariables = Exact<{
  input: AddNoteInput;
}>;

export type AddNoteMutation = {
  addNote: {
    id: string;
    sessionId: string;
    text: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    author: { id: string; displayName: string };
  };
};

export type ApplyScheduleMutationVariables = Exact<{
  input: ApplyScheduleInput;
}>;

export type ApplyScheduleMutation = {
  applySchedule: Array<{
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    host: { id: string; displayName: string };
  }>;
};

export type CarryOnSessionMutationVariables = Exact<{
  input: CarryOnSessionInput;
}>;

export type CarryOnSessionMutation = { carryOnSession: { id: string; slug: string } };

export type CreateSpaceMutationVariables = Exact<{
  input: CreateSpaceInput;
}>;

export type CreateSpaceMutation = {
  createSpace: { id: string; name: string; capacity: number; tags: Array<SpaceTag>; videoUrl: string | null };
};

export type CreateTimeSlotMutationVariables = Exact<{
  input: CreateTimeSlotInput;
}>;

export type CreateTimeSlotMutation = { createTimeSlot: { id: string; startsAt: string; endsAt: string; label: string | null } };

export type DeleteSpaceMutationVariables = Exact<{
  input: SpaceIdInput;
}>;

export type DeleteSpaceMutation = { deleteSpace: string };

export type DeleteTimeSlotMutationVariables = Exact<{
  input: TimeSlotIdInput;
}>;

export type DeleteTimeSlotMutation = { deleteTimeSlot: string };

export type EditNoteMutationVariables = Exact<{
  input: EditNoteInput;
}>;

export type EditNoteMutation = {
  editNote: {
    id: string;
    sessionId: string;
    text: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    author: { id: string; displayName: string };
  };
};

export type JoinRoomMutationVariables = Exact<{
  input: SessionIdInput;
}>;

export type JoinRoomMutation = {
  joinRoom: {
    gatheringId: string;
    session: {
      id: string;
      gatheringId: string;
      title: string;
      description: string;
      needs: Array<SpaceTag>;
      slotId: string | null;
      spaceId: string | null;
      capacity: number | null;
      headcount: number;
      interestCount: number;
      mergedIntoId: string | null;
      version: string;
      host: { id: string; displayName: string };
    } | null;
  };
};

export type JoinSomewhereNewMutationVariables = Exact<{
  input: GatheringIdInput;
}>;

export type JoinSomewhereNewMutation = {
  joinSomewhereNew: {
    gatheringId: string;
    session: {
      id: string;
      gatheringId: string;
      title: string;
      description: string;
      needs: Array<SpaceTag>;
      slotId: string | null;
      spaceId: string | null;
      capacity: number | null;
      headcount: number;
      interestCount: number;
      mergedIntoId: string | null;
      version: string;
      host: { id: string; displayName: string };
    } | null;
  };
};

export type LeaveRoomMutationVariables = Exact<{
  input: GatheringIdInput;
}>;

export type LeaveRoomMutation = {
  leaveRoom: {
    gatheringId: string;
    session: {
      id: string;
      gatheringId: string;
      title: string;
      description: string;
      needs: Array<SpaceTag>;
      slotId: string | null;
      spaceId: string | null;
      capacity: number | null;
      headcount: number;
      interestCount: number;
      mergedIntoId: string | null;
      version: string;
      host: { id: string; displayName: string };
    } | null;
  };
};

export type MergeSessionsMutationVariables = Exact<{
  input: MergeSessionsInput;
}>;

export type MergeSessionsMutation = {
  mergeSessions: {
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    host: { id: string; displayName: string };
  };
};

export type MyPresenceQueryVariables = Exact<{
  gatheringId: string;
}>;

export type MyPresenceQuery = {
  myPresence: {
    gatheringId: string;
    session: {
      id: string;
      gatheringId: string;
      title: string;
      description: string;
      needs: Array<SpaceTag>;
      slotId: string | null;
      spaceId: string | null;
      capacity: number | null;
      headcount: number;
      interestCount: number;
      mergedIntoId: string | null;
      version: string;
      host: { id: string; displayName: string };
    } | null;
  };
};

export type PlaceSessionMutationVariables = Exact<{
  input: PlaceSessionInput;
}>;

export type PlaceSessionMutation = {
  placeSession: {
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    host: { id: string; displayName: string };
  };
};

export type PresenceFieldsFragment = {
  gatheringId: string;
  session: {
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    host: { id: string; displayName: string };
  } | null;
};

export type ProposeSessionMutationVariables = Exact<{
  input: ProposeSessionInput;
}>;

export type ProposeSessionMutation = {
  proposeSession: {
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    host: { id: string; displayName: string };
  };
};

export type NoteFieldsFragment = {
  id: string;
  sessionId: string;
  text: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  author: { id: string; displayName: string };
};

export type ActionFieldsFragment = {
  id: string;
  sessionId: string;
  what: string;
  ownerName: string;
  ownerId: string | null;
  dueOn: string | null;
  done: boolean;
  createdAt: string;
};

export type RoomFieldsFragment = {
  gatheringStatus: GatheringStatus;
  session: {
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    space: { id: string; name: string; tags: Array<SpaceTag>; videoUrl: string | null } | null;
    slot: { id: string; startsAt: string; endsAt: string; label: string | null } | null;
    host: { id: string; displayName: string };
  };
  people: Array<{ id: string; displayName: string }>;
  whoCame: Array<{ id: string; displayName: string }>;
  notes: Array<{
    id: string;
    sessionId: string;
    text: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    author: { id: string; displayName: string };
  }>;
  actions: Array<{
    id: string;
    sessionId: string;
    what: string;
    ownerName: string;
    ownerId: string | null;
    dueOn: string | null;
    done: boolean;
    createdAt: string;
  }>;
};

export type RoomUpdatesSubscriptionVariables = Exact<{
  sessionId: string;
}>;

export type RoomUpdatesSubscription = {
  roomUpdates: {
    snapshot: {
      gatheringStatus: GatheringStatus;
      session: {
        id: string;
        gatheringId: string;
        title: string;
        description: string;
        needs: Array<SpaceTag>;
        slotId: string | null;
        spaceId: string | null;
        capacity: number | null;
        headcount: number;
        interestCount: number;
        mergedIntoId: string | null;
        version: string;
        space: { id: string; name: string; tags: Array<SpaceTag>; videoUrl: string | null } | null;
        slot: { id: string; startsAt: string; endsAt: string; label: string | null } | null;
        host: { id: string; displayName: string };
      };
      people: Array<{ id: string; displayName: string }>;
      whoCame: Array<{ id: string; displayName: string }>;
      notes: Array<{
        id: string;
        sessionId: string;
        text: string;
        version: number;
        createdAt: string;
        updatedAt: string;
        author: { id: string; displayName: string };
      }>;
      actions: Array<{
        id: string;
        sessionId: string;
        what: string;
        ownerName: string;
        ownerId: string | null;
        dueOn: string | null;
        done: boolean;
        createdAt: string;
      }>;
    } | null;
    notes: Array<{
      id: string;
      sessionId: string;
      text: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      author: { id: string; displayName: string };
    }>;
    actions: Array<{
      id: string;
      sessionId: string;
      what: string;
      ownerName: string;
      ownerId: string | null;
      dueOn: string | null;
      done: boolean;
      createdAt: string;
    }>;
  };
};

export type RoomQueryVariables = Exact<{
  sessionId: string;
}>;

export type RoomQuery = {
  room: {
    gatheringStatus: GatheringStatus;
    session: {
      id: string;
      gatheringId: string;
      title: string;
      description: string;
      needs: Array<SpaceTag>;
      slotId: string | null;
      spaceId: string | null;
      capacity: number | null;
      headcount: number;
      interestCount: number;
      mergedIntoId: string | null;
      version: string;
      space: { id: string; name: string; tags: Array<SpaceTag>; videoUrl: string | null } | null;
      slot: { id: string; startsAt: string; endsAt: string; label: string | null } | null;
      host: { id: string; displayName: string };
    };
    people: Array<{ id: string; displayName: string }>;
    whoCame: Array<{ id: string; displayName: string }>;
    notes: Array<{
      id: string;
      sessionId: string;
      text: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      author: { id: string; displayName: string };
    }>;
    actions: Array<{
      id: string;
      sessionId: string;
      what: string;
      ownerName: string;
      ownerId: string | null;
      dueOn: string | null;
      done: boolean;
      createdAt: string;
    }>;
  };
};

export type SessionFieldsFragment = {
  id: string;
  gatheringId: string;
  title: string;
  description: string;
  needs: Array<SpaceTag>;
  slotId: string | null;
  spaceId: string | null;
  capacity: number | null;
  headcount: number;
  interestCount: number;
  mergedIntoId: string | null;
  version: string;
  host: { id: string; displayName: string };
};

export type SetActionDoneMutationVariables = Exact<{
  input: SetActionDoneInput;
}>;

export type SetActionDoneMutation = {
  setActionDone: {
    id: string;
    sessionId: string;
    what: string;
    ownerName: string;
    ownerId: string | null;
    dueOn: string | null;
    done: boolean;
    createdAt: string;
  };
};

export type StarSessionMutationVariables = Exact<{
  input: StarSessionInput;
}>;

export type StarSessionMutation = {
  starSession: {
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    host: { id: string; displayName: string };
  };
};

export type SuggestScheduleQueryVariables = Exact<{
  gatheringId: string;
}>;

export type SuggestScheduleQuery = {
  suggestSchedule: {
    placements: Array<{ sessionId: string; slotId: string; spaceId: string }>;
    unplaced: Array<{ sessionId: string; code: UnplacedReason; reason: string }>;
  };
};

export type UnplaceSessionMutationVariables = Exact<{
  input: SessionIdInput;
}>;

export type UnplaceSessionMutation = {
  unplaceSession: {
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    host: { id: string; displayName: string };
  };
};

export type WallFieldsFragment = {
  gatheringId: string;
  gatheringStatus: GatheringStatus;
  serverTime: string;
  starredSessionIds: Array<string>;
  spaces: Array<{ id: string; name: string; capacity: number; tags: Array<SpaceTag>; videoUrl: string | null }>;
  slots: Array<{ id: string; startsAt: string; endsAt: string; label: string | null }>;
  sessions: Array<{
    id: string;
    gatheringId: string;
    title: string;
    description: string;
    needs: Array<SpaceTag>;
    slotId: string | null;
    spaceId: string | null;
    capacity: number | null;
    headcount: number;
    interestCount: number;
    mergedIntoId: string | null;
    version: string;
    host: { id: string; displayName: string };
  }>;
};

export type WallUpdatesSubscriptionVariables = Exact<{
  gatheringId: string;
}>;

export type WallUpdatesSubscription = {
  wallUpdates: {
    snapshot: {
      gatheringId: string;
      gatheringStatus: GatheringStatus;
      serverTime: string;
      starredSessionIds: Array<string>;
      spaces: Array<{ id: string; name: string; capacity: number; tags: Array<SpaceTag>; videoUrl: string | null }>;
      slots: Array<{ id: string; startsAt: string; endsAt: string; label: string | null }>;
      sessions: Array<{
        id: string;
        gatheringId: string;
        title: string;
        description: string;
        needs: Array<SpaceTag>;
        slotId: string | null;
        spaceId: string | null;
        capacity: number | null;
        headcount: number;
        interestCount: number;
        mergedIntoId: string | null;
        version: string;
        host: { id: string; displayName: string };
      }>;
    } | null;
    sessions: Array<{
      id: string;
      gatheringId: string;
      title: string;
      description: string;
      needs: Array<SpaceTag>;
      slotId: string | null;
      spaceId: string | null;
      capacity: number | null;
      headcount: number;
      interestCount: number;
      mergedIntoId: string | null;
      version: string;
      host: { id: string; displayName: string };
    }>;
  };
};

export type WallQueryVariables = Exact<{
  gatheringId: string;
}>;

export type WallQuery = {
  wall: {
    gatheringId: string;
    gatheringStatus: GatheringStatus;
    serverTime: string;
    starredSessionIds: Array<string>;
    spaces: Array<{ id: string; name: string; capacity: number; tags: Array<SpaceTag>; videoUrl: string | null }>;
    slots: Array<{ id: string; startsAt: string; endsAt: string; label: string | null }>;
    sessions: Array<{
      id: string;
      gatheringId: string;
      title: string;
      description: string;
      needs: Array<SpaceTag>;
      slotId: string | null;
      spaceId: string | null;
      capacity: number | null;
      headcount: number;
      interestCount: number;
      mergedIntoId: string | null;
      version: string;
      host: { id: string; displayName: string };
    }>;
  };
};

export type ConnectionFieldsFragment = {
  id: string;
  status: ConnectionStatus;
  closeness: Closeness;
  awaitsYou: boolean;
  theirMembersOnlyNetworkCount: number;
  confirmedAt: string | null;
  person: { id: string; displayName: string };
  gathering: { id: string; slug: string; title: string; startsAt: string };
  theirNetworks: Array<{ id: string; slug: string; name: string }>;
  sharedGatherings: Array<{ id: string; slug: string; title: string; startsAt: string }>;
  sharedConversations: Array<{ id: string; title: string }>;
};

export type SayWeMetMutationVariables = Exact<{
  input: SayWeMetInput;
}>;

export type SayWeMetMutation = {
  sayWeMet: {
    id: string;
    status: ConnectionStatus;
    closeness: Closeness;
    awaitsYou: boolean;
    theirMembersOnlyNetworkCount: number;
    confirmedAt: string | null;
    person: { id: string; displayName: string };
    gathering: { id: string; slug: string; title: string; startsAt: string };
    theirNetworks: Array<{ id: string; slug: string; name: string }>;
    sharedGatherings: Array<{ id: string; slug: string; title: string; startsAt: string }>;
    sharedConversations: Array<{ id: string; title: string }>;
  };
};

export type ConfirmConnectionMutationVariables = Exact<{
  input: ConnectionIdInput;
}>;

export type ConfirmConnectionMutation = {
  confirmConnection: {
    id: string;
    status: ConnectionStatus;
    closeness: Closeness;
    awaitsYou: boolean;
    theirMembersOnlyNetworkCount: number;
    confirmedAt: string | null;
    person: { id: string; displayName: string };
    gathering: { id: string; slug: string; title: string; startsAt: string };
    theirNetworks: Array<{ id: string; slug: string; name: string }>;
    sharedGatherings: Array<{ id: string; slug: string; title: string; startsAt: string }>;
    sharedConversations: Array<{ id: string; title: string }>;
  };
};

export type SetConnectionClosenessMutationVariables = Exact<{
  input: SetClosenessInput;
}>;

export type SetConnectionClosenessMutation = { setConnectionCloseness: { id: string; closeness: Closeness } };

export type RemoveConnectionMutationVariables = Exact<{
  input: ConnectionIdInput;
}>;

export type RemoveConnectionMutation = { removeConnection: string };

export type PeopleMetQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PeopleMetQuery = {
  connectionProposals: Array<{
    id: string;
    status: ConnectionStatus;
    closeness: Closeness;
    awaitsYou: boolean;
    theirMembersOnlyNetworkCount: number;
    confirmedAt: string | null;
    person: { id: string; displayName: string };
    gathering: { id: string; slug: string; title: string; startsAt: string };
    theirNetworks: Array<{ id: string; slug: string; name: string }>;
    sharedGatherings: Array<{ id: string; slug: string; title: string; startsAt: string }>;
    sharedConversations: Array<{ id: string; title: string }>;
  }>;
  peopleMet: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        status: ConnectionStatus;
        closeness: Closeness;
        awaitsYou: boolean;
        theirMembersOnlyNetworkCount: number;
        confirmedAt: string | null;
        person: { id: string; displayName: string };
        gathering: { id: string; slug: string; title: string; startsAt: string };
        theirNetworks: Array<{ id: string; slug: string; name: string }>;
        sharedGatherings: Array<{ id: string; slug: string; title: string; startsAt: string }>;
        sharedConversations: Array<{ id: string; title: string }>;
      };
    }>;
  };
};

export type MetSuggestionsQueryVariables = Exact<{
  gatheringId: string;
}>;

export type MetSuggestionsQuery = {
  metSuggestions: Array<{ sharedRooms: number; connectionStatus: ConnectionStatus | null; person: { id: string; displayName: string } }>;
};

export const PersonFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const NetworkClaimFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkClaimFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkClaim' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimantName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimantEmail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkClaimFieldsFragment, unknown>;
export const AskOfferFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AskOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByNetwork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AskOfferFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationFieldsFragment, unknown>;
export const PostFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostFieldsFragment, unknown>;
export const FeedbackFormFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FeedbackForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asksBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsLocked' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAnswer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'networking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'knowledge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trust' } },
                { kind: 'Field', name: { kind: 'Name', value: 'support' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedbackFormFieldsFragment, unknown>;
export const NetworkSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkSummaryFieldsFragment, unknown>;
export const RegistrationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegistrationFieldsFragment, unknown>;
export const GatheringLinkFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GatheringLinkFieldsFragment, unknown>;
export const GatheringFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gathering' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessFeatures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'convenedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followsUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followedUpBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GatheringFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isExpired' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const HarvestFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HarvestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Harvest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spaceName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStartsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotEndsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tookPart' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'what' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HarvestFieldsFragment, unknown>;
export const ImpactFigureFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactFigureFieldsFragment, unknown>;
export const ImpactFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullView' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fewestPeopleShown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingNetworks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingEstimated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingSince' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFigureFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFigureFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactFieldsFragment, unknown>;
export const NetworkCardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedImpact' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkCardFieldsFragment, unknown>;
export const NetworkFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectors' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lifecycleStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkFieldsFragment, unknown>;
export const NetworkGraphFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkGraphFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkGraph' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nodeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edgeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outsideTieCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isBetweennessEstimated' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'betweenness' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isBridge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkGraphFieldsFragment, unknown>;
export const MembershipFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MembershipFieldsFragment, unknown>;
export const RoleHolderFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleHolderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleHolder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoleHolderFieldsFragment, unknown>;
export const NetworkRelationsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkRelationsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClaimed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembershipFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coalitions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'network' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleHolderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lifecycleHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleHolderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleHolder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkRelationsFieldsFragment, unknown>;
export const RoleInvitationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleInvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkSlug' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoleInvitationFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'networkSlug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'networkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherNetworkName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherNetworkSlug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tie' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const PresenceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PresenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Presence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PresenceFieldsFragment, unknown>;
export const NoteFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Note' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NoteFieldsFragment, unknown>;
export const ActionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'what' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionFieldsFragment, unknown>;
export const RoomFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoomFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Room' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'space' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'videoUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'whoCame' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteFields' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Note' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'what' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoomFieldsFragment, unknown>;
export const WallFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WallFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Wall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serverTime' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spaces' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'videoUrl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'starredSessionIds' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallFieldsFragment, unknown>;
export const ConnectionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitsYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'theirNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'theirMembersOnlyNetworkCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedGatherings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedConversations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConnectionFieldsFragment, unknown>;
export const PeopleMetPagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeopleMetPages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peopleMet' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '2' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleMetPagesQuery, PeopleMetPagesQueryVariables>;
export const AsksPagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AsksPages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOfferFilterInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asksOffers' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '2' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AsksPagesQuery, AsksPagesQueryVariables>;
export const ConversationPagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConversationPages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'following' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '2' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'following' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'following' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationPagesQuery, ConversationPagesQueryVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangePasswordInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyNetworkInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNetworkInvitations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNetworkInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleInvitationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleInvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkSlug' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNetworkInvitationsQuery, MyNetworkInvitationsQueryVariables>;
export const NotificationPreferencesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NotificationPreferences' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationPreferences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPasswordResetInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResendVerificationEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendVerificationEmail' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'resendVerificationEmail' } }] },
    },
  ],
} as unknown as DocumentNode<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ResetPasswordInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const RespondToNetworkInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToNetworkInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToNetworkInvitationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToNetworkInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleInvitationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleInvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkSlug' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToNetworkInvitationMutation, RespondToNetworkInvitationMutationVariables>;
export const SetNotificationPreferenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetNotificationPreference' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetNotificationPreferenceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setNotificationPreference' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delivery' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isDefault' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const SetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPasswordInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetPasswordMutation, SetPasswordMutationVariables>;
export const SignInWithLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignInWithLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInWithLinkInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signInWithLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInWithLinkMutation, SignInWithLinkMutationVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }] },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignUpInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const UpdateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProfileInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const VerifyEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VerifyEmailInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PersonFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PersonFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'emailVerified' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasPassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const AuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditAction' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'action' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'action' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actor' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const DecideNetworkClaimDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideNetworkClaim' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideNetworkClaimInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideNetworkClaim' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkClaimFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkClaimFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkClaim' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimantName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimantEmail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideNetworkClaimMutation, DecideNetworkClaimMutationVariables>;
export const PendingNetworkClaimsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PendingNetworkClaims' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingNetworkClaims' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkClaimFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkClaimFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkClaim' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimantName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'claimantEmail' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PendingNetworkClaimsQuery, PendingNetworkClaimsQueryVariables>;
export const AsksOffersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AsksOffers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOfferFilterInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asksOffers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AskOfferFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AskOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByNetwork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AsksOffersQuery, AsksOffersQueryVariables>;
export const AskOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AskOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askOffer' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AskOfferFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'askOfferMatches' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isGood' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameNetwork' } },
                { kind: 'Field', name: { kind: 'Name', value: 'introductionConversationId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'match' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AskOfferFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AskOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByNetwork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AskOfferQuery, AskOfferQueryVariables>;
export const MyPostingNetworksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyPostingNetworks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPostingNetworksQuery, MyPostingNetworksQueryVariables>;
export const PostAskOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostAskOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PostAskOfferInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postAskOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AskOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AskOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByNetwork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostAskOfferMutation, PostAskOfferMutationVariables>;
export const CloseAskOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseAskOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseAskOfferInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeAskOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AskOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AskOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByNetwork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseAskOfferMutation, CloseAskOfferMutationVariables>;
export const IntroduceAskOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'IntroduceAskOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AskAndOfferInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'introduceAskOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'conversationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isNew' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IntroduceAskOfferMutation, IntroduceAskOfferMutationVariables>;
export const MarkAskMetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAskMet' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AskAndOfferInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markAskMet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AskOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AskOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByNetwork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkAskMetMutation, MarkAskMetMutationVariables>;
export const GatheringAsksOffersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GatheringAsksOffers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'asksOffers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'gatheringId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'side' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GatheringAsksOffersQuery, GatheringAsksOffersQueryVariables>;
export const UpdateAskOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAskOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAskOfferInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAskOffer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AskOfferFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AskOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AskOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'side' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'area' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metByNetwork' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAskOfferMutation, UpdateAskOfferMutationVariables>;
export const NetworkReciprocityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkReciprocity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'networkId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networkReciprocity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'networkId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'networkId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'metForCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'metByCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'metFor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'network' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'metBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'network' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkReciprocityQuery, NetworkReciprocityQueryVariables>;
export const AddPostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddPost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddPostInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addPost' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PostFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddPostMutation, AddPostMutationVariables>;
export const ConversationInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConversationInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversationInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversationTitle' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationInvitationQuery, ConversationInvitationQueryVariables>;
export const ConversationUpdatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ConversationUpdates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversationUpdates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conversation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'posts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PostFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationUpdatesSubscription, ConversationUpdatesSubscriptionVariables>;
export const ConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Conversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversation' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'posts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PostFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const ConversationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Conversations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'following' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'conversations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'following' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'following' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const CreateConversationInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateConversationInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConversationIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createConversationInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'conversationTitle' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateConversationInvitationMutation, CreateConversationInvitationMutationVariables>;
export const DeletePostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeletePost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PostIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletePost' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PostFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeletePostMutation, DeletePostMutationVariables>;
export const EditPostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditPost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditPostInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editPost' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PostFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditPostMutation, EditPostMutationVariables>;
export const FollowConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FollowConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowConversationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowConversationMutation, FollowConversationMutationVariables>;
export const HidePostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HidePost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'HidePostInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidePost' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PostFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HidePostMutation, HidePostMutationVariables>;
export const JoinConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JoinConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'joinConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinConversationMutation, JoinConversationMutationVariables>;
export const MarkConversationReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkConversationRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkConversationReadInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markConversationRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkConversationReadMutation, MarkConversationReadMutationVariables>;
export const MentionablesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Mentionables' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'conversationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionables' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'conversationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'networks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentionablesQuery, MentionablesQueryVariables>;
export const PostHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PostHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'postId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'postId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'postId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writtenAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostHistoryQuery, PostHistoryQueryVariables>;
export const PostsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Posts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'posts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'conversationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PostFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostsQuery, PostsQueryVariables>;
export const ReactToPostDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReactToPost' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReactInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactToPost' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PostFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PostFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Post' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isQuestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deletedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hidden' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hiddenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentionedNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reaction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mine' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactToPostMutation, ReactToPostMutationVariables>;
export const SetConversationLockedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetConversationLocked' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetConversationLockedInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setConversationLocked' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetConversationLockedMutation, SetConversationLockedMutationVariables>;
export const StartConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartConversationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startConversation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConversationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConversationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Conversation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSeeded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'postCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastPostAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerFollows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerModerates' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerLastReadSeq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartConversationMutation, StartConversationMutationVariables>;
export const AnswerFeedbackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerFeedback' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AnswerFeedbackInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerFeedback' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFormFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FeedbackForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asksBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsLocked' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAnswer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'networking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'knowledge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trust' } },
                { kind: 'Field', name: { kind: 'Name', value: 'support' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerFeedbackMutation, AnswerFeedbackMutationVariables>;
export const FeedbackFormDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FeedbackForm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stage' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FeedbackStage' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedbackForm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stage' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stage' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFormFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FeedbackForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asksBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsLocked' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAnswer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'networking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'knowledge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trust' } },
                { kind: 'Field', name: { kind: 'Name', value: 'support' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedbackFormQuery, FeedbackFormQueryVariables>;
export const FeedbackResultsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FeedbackResults' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'stage' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'FeedbackStage' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feedbackResults' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'stage' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'stage' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fewestShown' } },
                { kind: 'Field', name: { kind: 'Name', value: 'enoughAnswers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responseRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scales' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shown' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'answered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'counts' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleAnswered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleMean' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'texts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'texts' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'series' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'startGatheringTitle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startGatheringSlug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'beforeAnswered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paired' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scales' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'change' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeedbackResultsQuery, FeedbackResultsQueryVariables>;
export const AddFeedbackQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddFeedbackQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddFeedbackQuestionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addFeedbackQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFormFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FeedbackForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asksBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsLocked' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAnswer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'networking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'knowledge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trust' } },
                { kind: 'Field', name: { kind: 'Name', value: 'support' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddFeedbackQuestionMutation, AddFeedbackQuestionMutationVariables>;
export const RemoveFeedbackQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveFeedbackQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeFeedbackQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFormFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FeedbackForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asksBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsLocked' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAnswer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'networking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'knowledge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trust' } },
                { kind: 'Field', name: { kind: 'Name', value: 'support' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveFeedbackQuestionMutation, RemoveFeedbackQuestionMutationVariables>;
export const SetFeedbackBeforeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetFeedbackBefore' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetFeedbackBeforeInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setFeedbackBefore' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeedbackFormFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeedbackFormFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FeedbackForm' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'asksBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayAnswer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionsLocked' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAnswer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'networking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'knowledge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'trust' } },
                { kind: 'Field', name: { kind: 'Name', value: 'support' } },
                { kind: 'Field', name: { kind: 'Name', value: 'newPeopleMet' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'answers' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetFeedbackBeforeMutation, SetFeedbackBeforeMutationVariables>;
export const CancelRegistrationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelRegistration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelRegistration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const CheckInCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckInCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkInCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckInCodeQuery, CheckInCodeQueryVariables>;
export const CheckInPersonDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckInPerson' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegistrationIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkInPerson' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckInPersonMutation, CheckInPersonMutationVariables>;
export const UndoCheckInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UndoCheckIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegistrationIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'undoCheckIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UndoCheckInMutation, UndoCheckInMutationVariables>;
export const CheckInWithCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckInWithCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckInWithCodeInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkInWithCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckInWithCodeMutation, CheckInWithCodeMutationVariables>;
export const CoConvenersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoConveners' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'convenedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingCoConveners' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoConvenersQuery, CoConvenersQueryVariables>;
export const CreateCalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCalendarFeed' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'createCalendarFeed' } }] },
    },
  ],
} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const CreateFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateFollowUpInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gathering' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessFeatures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'convenedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followsUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followedUpBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFollowUpMutation, CreateFollowUpMutationVariables>;
export const CreateGatheringDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateGathering' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateGatheringInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createGathering' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gathering' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessFeatures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'convenedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followsUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followedUpBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateGatheringMutation, CreateGatheringMutationVariables>;
export const CreateInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateInvitationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvitationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isExpired' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateInvitationMutation, CreateInvitationMutationVariables>;
export const DecideRegistrationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DecideRegistration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecideRegistrationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decideRegistration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DecideRegistrationMutation, DecideRegistrationMutationVariables>;
export const DelegatePlacesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DelegatePlaces' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'delegatePlaces' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delegates' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'network' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DelegatePlacesQuery, DelegatePlacesQueryVariables>;
export const GatheringParticipantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GatheringParticipants' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gatheringParticipants' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'networks' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GatheringParticipantsQuery, GatheringParticipantsQueryVariables>;
export const GatheringRegistrationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GatheringRegistrations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gatheringRegistrations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'representingNetworks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'membersOnlyNetworkCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GatheringRegistrationsQuery, GatheringRegistrationsQueryVariables>;
export const GatheringDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Gathering' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gathering' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessFeatures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'convenedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followsUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followedUpBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GatheringQuery, GatheringQueryVariables>;
export const InvitationTreeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitationTree' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitationTree' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'networksReached' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxDepth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registrationsThroughInvitations' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuedByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registrations' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'branchRegistrations' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationTreeQuery, InvitationTreeQueryVariables>;
export const InvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Invitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvitationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isExpired' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationQuery, InvitationQueryVariables>;
export const InviteByEmailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteByEmail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteByEmailInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteByEmail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'alreadyRegistered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invalid' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteByEmailMutation, InviteByEmailMutationVariables>;
export const InviteCoConvenerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteCoConvener' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteCoConvenerInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteCoConvener' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingCoConveners' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteCoConvenerMutation, InviteCoConvenerMutationVariables>;
export const MyCoConveningInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyCoConveningInvitations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myCoConveningInvitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'gathering' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'network' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyCoConveningInvitationsQuery, MyCoConveningInvitationsQueryVariables>;
export const MyGatheringsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyGatherings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'past' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myGatherings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'past' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'past' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewerRegistration' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyGatheringsQuery, MyGatheringsQueryVariables>;
export const MyInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyInvitations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myInvitations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'InvitationFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'InvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isExpired' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyInvitationsQuery, MyInvitationsQueryVariables>;
export const MyNetworksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNetworks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNetworksQuery, MyNetworksQueryVariables>;
export const NetworkMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkMembersQuery, NetworkMembersQueryVariables>;
export const NominateDelegateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NominateDelegate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NominateDelegateInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nominateDelegate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NominateDelegateMutation, NominateDelegateMutationVariables>;
export const RegenerateCheckInCodeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegenerateCheckInCode' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regenerateCheckInCode' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegenerateCheckInCodeMutation, RegenerateCheckInCodeMutationVariables>;
export const RegisterForGatheringDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterForGathering' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterForGatheringInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerForGathering' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterForGatheringMutation, RegisterForGatheringMutationVariables>;
export const RespondToCoConveningDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToCoConvening' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToCoConveningInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToCoConvening' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gathering' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessFeatures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'convenedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followsUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followedUpBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToCoConveningMutation, RespondToCoConveningMutationVariables>;
export const RevokeCalendarFeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeCalendarFeed' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'revokeCalendarFeed' } }] },
    },
  ],
} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const SetDelegatePlacesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDelegatePlaces' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetDelegatePlacesInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDelegatePlaces' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
                { kind: 'Field', name: { kind: 'Name', value: 'delegates' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'network' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDelegatePlacesMutation, SetDelegatePlacesMutationVariables>;
export const SetGatheringStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetGatheringStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetGatheringStatusInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setGatheringStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gathering' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessFeatures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'convenedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followsUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followedUpBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetGatheringStatusMutation, SetGatheringStatusMutationVariables>;
export const UpdateGatheringDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateGathering' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateGatheringInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateGathering' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RegistrationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Registration' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitlistPosition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shareAccessNeeds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'representingNetworkIds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringLinkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringLink' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GatheringFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Gathering' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'format' } },
          { kind: 'Field', name: { kind: 'Name', value: 'venue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onlineUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placesLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'registrationMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessFeatures' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessNotes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerIsConvener' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'convenedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewerRegistration' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RegistrationFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followsUp' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followedUpBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GatheringLinkFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateGatheringMutation, UpdateGatheringMutationVariables>;
export const WhosMissingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WhosMissing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'whosMissing' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'networks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'sectors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'regions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'came' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notComeByNetwork' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'network' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'registered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'came' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'sectorsNotCome' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WhosMissingQuery, WhosMissingQueryVariables>;
export const HarvestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Harvest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'harvest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HarvestFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HarvestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Harvest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spaceName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStartsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotEndsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tookPart' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'what' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HarvestQuery, HarvestQueryVariables>;
export const MarkActionDoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkActionDone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetActionDoneInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setActionDone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkActionDoneMutation, MarkActionDoneMutationVariables>;
export const MyActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyActions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myActions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'what' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sessionTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyActionsQuery, MyActionsQueryVariables>;
export const SaveHarvestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveHarvest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveHarvestInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveHarvest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HarvestFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HarvestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Harvest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spaceName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStartsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotEndsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tookPart' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'what' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveHarvestMutation, SaveHarvestMutationVariables>;
export const SetHarvestStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetHarvestStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetHarvestStatusInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setHarvestStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HarvestFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HarvestFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Harvest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringSlug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerMayEdit' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hostName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'spaceName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStartsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotEndsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tookPart' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'what' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetHarvestStatusMutation, SetHarvestStatusMutationVariables>;
export const GatheringImpactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GatheringImpact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gatheringImpact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullView' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fewestPeopleShown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingNetworks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingEstimated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingSince' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFigureFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFigureFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GatheringImpactQuery, GatheringImpactQueryVariables>;
export const NetworkImpactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkImpact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networkImpact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFields' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullView' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fewestPeopleShown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingNetworks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingEstimated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingSince' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFigureFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFigureFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkImpactQuery, NetworkImpactQueryVariables>;
export const CoalitionImpactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoalitionImpact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coalitionImpact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFields' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFigureFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactFigure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppressed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'value' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullView' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mayPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'published' } },
          { kind: 'Field', name: { kind: 'Name', value: 'shown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fewestPeopleShown' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingNetworks' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingEstimated' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bridgingSince' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFigureFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'total' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'figures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFigureFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoalitionImpactQuery, CoalitionImpactQueryVariables>;
export const SetImpactPublicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetImpactPublications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetImpactPublicationsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setImpactPublications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'networkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'measures' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetImpactPublicationsMutation, SetImpactPublicationsMutationVariables>;
export const ClaimNetworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ClaimNetwork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ClaimNetworkInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'claimNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClaimNetworkMutation, ClaimNetworkMutationVariables>;
export const CloseNetworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseNetwork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseNetworkInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectors' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lifecycleStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseNetworkMutation, CloseNetworkMutationVariables>;
export const DirectoryGraphDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DirectoryGraph' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'directoryGraph' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkGraphFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkGraphFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkGraph' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nodeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edgeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outsideTieCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isBetweennessEstimated' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'betweenness' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isBridge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DirectoryGraphQuery, DirectoryGraphQueryVariables>;
export const EndMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EndMembershipInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembershipFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndMembershipMutation, EndMembershipMutationVariables>;
export const HandOverRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HandOverRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'HandOverRoleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handOverRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HandOverRoleMutation, HandOverRoleMutationVariables>;
export const InviteToNetworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteToNetwork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteToNetworkInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteToNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleInvitationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleInvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkSlug' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteToNetworkMutation, InviteToNetworkMutationVariables>;
export const ListNetworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ListNetwork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ListNetworkInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'listNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ListNetworkMutation, ListNetworkMutationVariables>;
export const NetworkGraphDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkGraph' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networkGraph' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkGraphFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkGraphFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkGraph' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'nodeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'edgeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outsideTieCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isBetweennessEstimated' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'degree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'betweenness' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isBridge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cluster' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkGraphQuery, NetworkGraphQueryVariables>;
export const NetworkManageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkManage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkRelationsFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'handshakes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembershipFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pendingInvitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleInvitationFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleHolderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleHolder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectors' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lifecycleStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkRelationsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClaimed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembershipFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coalitions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'network' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleHolderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lifecycleHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleInvitationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleInvitation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'networkSlug' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkManageQuery, NetworkManageQueryVariables>;
export const NetworkPeopleHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkPeopleHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'people' },
                  arguments: [
                    { kind: 'Argument', name: { kind: 'Name', value: 'includePast' }, value: { kind: 'BooleanValue', value: true } },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleHolderFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleHolderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleHolder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkPeopleHistoryQuery, NetworkPeopleHistoryQueryVariables>;
export const NetworkPickerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworkPicker' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '8' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'sort' }, value: { kind: 'EnumValue', value: 'RELEVANCE' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkPickerQuery, NetworkPickerQueryVariables>;
export const NetworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Network' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'network' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'slug' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'slug' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkFields' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkRelationsFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoleHolderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkRoleHolder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pronouns' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectors' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lifecycleStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkRelationsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClaimed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembershipFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coalitions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'network' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoleHolderFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lifecycleHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworkQuery, NetworkQueryVariables>;
export const NetworksDirectoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NetworksDirectory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSort' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'networks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkCardFields' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'facets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'kinds' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sectors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'scopes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'lifecycleStages' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'regions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'themes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedImpact' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NetworksDirectoryQuery, NetworksDirectoryQueryVariables>;
export const ProposeMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeMembershipInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembershipFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeMembershipMutation, ProposeMembershipMutationVariables>;
export const RegisterNetworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterNetwork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RegisterNetworkInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectors' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lifecycleStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterNetworkMutation, RegisterNetworkMutationVariables>;
export const RemoveNetworkRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveNetworkRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveNetworkRoleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeNetworkRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveNetworkRoleMutation, RemoveNetworkRoleMutationVariables>;
export const RespondToMembershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToMembership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToMembershipInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MembershipFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkSummary' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MembershipFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NetworkMembership' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tieType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'member' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkSummaryFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToMembershipMutation, RespondToMembershipMutationVariables>;
export const UpdateNetworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNetwork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateNetworkInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNetwork' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NetworkFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NetworkFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Network' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'values' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'themes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sectors' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'area' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'placeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lifecycleStage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isClosed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closingNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'visibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'viewerRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const AnswerTieDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerTie' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToMembershipInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToMembership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerTieMutation, AnswerTieMutationVariables>;
export const InboxUpdatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'InboxUpdates' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inboxUpdates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'latest' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxUpdatesSubscription, InboxUpdatesSubscriptionVariables>;
export const MarkAllNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAllNotificationsRead' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markAllNotificationsRead' } }] },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'read' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'facts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'networkName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'networkSlug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'networkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherNetworkName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherNetworkSlug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'side' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tie' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const AddActionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddAction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddActionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'what' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddActionMutation, AddActionMutationVariables>;
export const AddNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddNoteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Note' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddNoteMutation, AddNoteMutationVariables>;
export const ApplyScheduleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApplySchedule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApplyScheduleInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'applySchedule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApplyScheduleMutation, ApplyScheduleMutationVariables>;
export const CarryOnSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CarryOnSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CarryOnSessionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'carryOnSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CarryOnSessionMutation, CarryOnSessionMutationVariables>;
export const CreateSpaceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSpace' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSpaceInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSpace' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'videoUrl' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSpaceMutation, CreateSpaceMutationVariables>;
export const CreateTimeSlotDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateTimeSlot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTimeSlotInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTimeSlot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateTimeSlotMutation, CreateTimeSlotMutationVariables>;
export const DeleteSpaceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteSpace' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SpaceIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteSpace' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteSpaceMutation, DeleteSpaceMutationVariables>;
export const DeleteTimeSlotDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteTimeSlot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TimeSlotIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteTimeSlot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteTimeSlotMutation, DeleteTimeSlotMutationVariables>;
export const EditNoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditNote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditNoteInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editNote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Note' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditNoteMutation, EditNoteMutationVariables>;
export const JoinRoomDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JoinRoom' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'joinRoom' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PresenceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PresenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Presence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinRoomMutation, JoinRoomMutationVariables>;
export const JoinSomewhereNewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'JoinSomewhereNew' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'joinSomewhereNew' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PresenceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PresenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Presence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JoinSomewhereNewMutation, JoinSomewhereNewMutationVariables>;
export const LeaveRoomDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LeaveRoom' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'GatheringIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaveRoom' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PresenceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PresenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Presence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaveRoomMutation, LeaveRoomMutationVariables>;
export const MergeSessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MergeSessions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MergeSessionsInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mergeSessions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MergeSessionsMutation, MergeSessionsMutationVariables>;
export const MyPresenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyPresence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myPresence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PresenceFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PresenceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Presence' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyPresenceQuery, MyPresenceQueryVariables>;
export const PlaceSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PlaceSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PlaceSessionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'placeSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceSessionMutation, PlaceSessionMutationVariables>;
export const ProposeSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeSessionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeSessionMutation, ProposeSessionMutationVariables>;
export const RoomUpdatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'RoomUpdates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roomUpdates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoomFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Note' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'what' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoomFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Room' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'space' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'videoUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'whoCame' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteFields' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionFields' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoomUpdatesSubscription, RoomUpdatesSubscriptionVariables>;
export const RoomDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Room' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'room' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sessionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sessionId' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RoomFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NoteFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Note' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'author' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'what' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RoomFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Room' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringStatus' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'session' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'space' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'videoUrl' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'slot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'whoCame' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notes' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NoteFields' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actions' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionFields' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RoomQuery, RoomQueryVariables>;
export const SetActionDoneDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetActionDone' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetActionDoneInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setActionDone' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Action' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'what' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetActionDoneMutation, SetActionDoneMutationVariables>;
export const StarSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StarSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StarSessionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'starSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StarSessionMutation, StarSessionMutationVariables>;
export const SuggestScheduleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SuggestSchedule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suggestSchedule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'placements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'unplaced' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'sessionId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SuggestScheduleQuery, SuggestScheduleQueryVariables>;
export const UnplaceSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnplaceSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SessionIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unplaceSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnplaceSessionMutation, UnplaceSessionMutationVariables>;
export const WallUpdatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'WallUpdates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wallUpdates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'snapshot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WallFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sessions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WallFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Wall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serverTime' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spaces' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'videoUrl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'starredSessionIds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallUpdatesSubscription, WallUpdatesSubscriptionVariables>;
export const WallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Wall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'wall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WallFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Session' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needs' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'host' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'slotId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'spaceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headcount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'interestCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mergedIntoId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WallFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Wall' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'gatheringStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serverTime' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'spaces' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tags' } },
                { kind: 'Field', name: { kind: 'Name', value: 'videoUrl' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'starredSessionIds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WallQuery, WallQueryVariables>;
export const SayWeMetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SayWeMet' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SayWeMetInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sayWeMet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitsYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'theirNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'theirMembersOnlyNetworkCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedGatherings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedConversations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SayWeMetMutation, SayWeMetMutationVariables>;
export const ConfirmConnectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmConnection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConnectionIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmConnection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitsYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'theirNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'theirMembersOnlyNetworkCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedGatherings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedConversations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmConnectionMutation, ConfirmConnectionMutationVariables>;
export const SetConnectionClosenessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetConnectionCloseness' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetClosenessInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setConnectionCloseness' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeness' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetConnectionClosenessMutation, SetConnectionClosenessMutationVariables>;
export const RemoveConnectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveConnection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConnectionIdInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeConnection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveConnectionMutation, RemoveConnectionMutationVariables>;
export const PeopleMetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeopleMet' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'connectionProposals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'peopleMet' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConnectionFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConnectionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Connection' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closeness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitsYou' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gathering' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'theirNetworks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'theirMembersOnlyNetworkCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedGatherings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedConversations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleMetQuery, PeopleMetQueryVariables>;
export const MetSuggestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MetSuggestions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UUID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'metSuggestions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'gatheringId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'gatheringId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'sharedRooms' } },
                { kind: 'Field', name: { kind: 'Name', value: 'connectionStatus' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MetSuggestionsQuery, MetSuggestionsQueryVariables>;
