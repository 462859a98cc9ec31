// Every channel the database and the API processes talk on (PostgreSQL
// LISTEN/NOTIFY), and what each carries: the one definition both sides use.
// SQL that notifies is given the channel by the caller where it can be (the
// open_space_move function's `channel`); a trigger names it itself (the
// directory's). channels.int-spec.ts checks what the SQL sends against
// the types here.

export const CHANNELS = {
  /** Open-space changes (LiveEvent): the API's own writes, and room moves from open_space_move. */
  live: 'weave_live',
  /** Each new directory version (DirectoryVersion), from the directory_changed trigger. */
  directory: 'weave_directory',
  /** People whose inbox changed (InboxEvent): new notifications, or some read. */
  inbox: 'weave_inbox',
  /** Conversation changes (ConversationEvent), from the conversations module's writes. */
  conversations: 'weave_conversations',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

export const LIVE_EVENT_KINDS = ['grid', 'session', 'note', 'action', 'gathering'] as const;

/**
 * What changed in an open space, small (ids only; PostgreSQL caps a payload at
 * 8 kB): grid — spaces or slots of gathering g; session — session s (its place
 * on the wall, interest, who is in its room); note / action — item id of room s; gathering — gathering g
 * opened or closed (every wall and room of it shows its new status).
 */
export interface LiveEvent {
  g: string;
  k: (typeof LIVE_EVENT_KINDS)[number];
  s?: string;
  id?: string;
}

/** The directory's version, as the trigger sends it (text, read as JSON: a number). */
export type DirectoryVersion = number;

/** The people whose inbox changed (`p`, person ids; as many as fit in a payload, so a big event sends several). */
export interface InboxEvent {
  p: string[];
}

/** A conversation changed (c): post p is new or changed, or, without p, the conversation itself (locked, say). */
export interface ConversationEvent {
  c: string;
  p?: string;
}

/** What each channel carries, once read as JSON. */
export interface ChannelPayloads {
  [CHANNELS.live]: LiveEvent;
  [CHANNELS.directory]: DirectoryVersion;
  [CHANNELS.inbox]: InboxEvent;
  [CHANNELS.conversations]: ConversationEvent;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isUuid = (value: unknown) => typeof value === 'string' && UUID.test(value);

type FieldRule<T> = { required: undefined extends T ? false : true; valid: (value: unknown) => boolean };

/** LiveEvent at run time, to check what SQL sends; the compiler holds it to the interface (every key, and which are required). */
export const LIVE_EVENT_FIELDS: { [K in keyof Required<LiveEvent>]: FieldRule<LiveEvent[K]> } = {
  g: { required: true, valid: isUuid },
  k: { required: true, valid: (value) => LIVE_EVENT_KINDS.some((kind) => kind === value) },
  s: { required: false, valid: isUuid },
  id: { required: false, valid: isUuid },
};

/** What is wrong with `payload` as a LiveEvent: unknown keys, missing keys, wrong values (empty when it is one). */
export function liveEventProblems(payload: unknown): string[] {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return ['not an object'];
  const fields: Record<string, { required: boolean; valid: (value: unknown) => boolean }> = LIVE_EVENT_FIELDS;
  const given = payload as Record<string, unknown>;
  return [
    ...Object.keys(given)
      .filter((key) => !(key in fields))
      .map((key) => `unknown key ${key}`),
    ...Object.entries(fields).flatMap(([key, rule]) => {
      if (!(key in given)) return rule.required ? [`missing ${key}`] : [];
      return rule.valid(given[key]) ? [] : [`${key} is ${JSON.stringify(given[key])}`];
    }),
  ];
}
