/**
 * Builds the gateway and REST payloads a fake Discord sends, shaped like Discord's v10 API
 * closely enough for discord.js 14 to accept them.
 */

let nextId = 1_300_000_000_000_000_000n;
/** A fresh snowflake-looking id, unique within the test run. */
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

export const APP_ID = "1200000000000000001";
export const GUILD_ID = "1200000000000000002";
export const CHANNEL_ID = "1200000000000000003";
export const DM_CHANNEL_ID = "1200000000000000004";
/** A public thread under the text channel. */
export const THREAD_ID = "1200000000000000005";

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export const BOT_USER: FakeUser = {
  id: APP_ID,
  username: "article-bot",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};

/** A human user with a fresh id, so each test has its own rate-limit budget. */
export function user(name = "reader", extra: Partial<FakeUser> = {}): FakeUser {
  return {
    id: snowflake(),
    username: name,
    discriminator: "0",
    global_name: name,
    avatar: null,
    ...extra,
  };
}

const now = () => new Date().toISOString();

export function readyEvent(resumeUrl: string) {
  return {
    v: 10,
    user: { ...BOT_USER, verified: true, mfa_enabled: false, flags: 0 },
    guilds: [{ id: GUILD_ID, unavailable: true }],
    session_id: "fake-session",
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: APP_ID, flags: 0 },
  };
}

export function guildCreateEvent() {
  return {
    id: GUILD_ID,
    name: "Fake server",
    icon: null,
    owner_id: snowflake(),
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: "en-US",
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: now(),
    large: false,
    unavailable: false,
    member_count: 2,
    roles: [
      {
        id: GUILD_ID,
        name: "@everyone",
        color: 0,
        hoist: false,
        position: 0,
        permissions: "274877991936",
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    members: [],
    voice_states: [],
    presences: [],
    threads: [
      {
        id: THREAD_ID,
        type: 11,
        guild_id: GUILD_ID,
        parent_id: CHANNEL_ID,
        name: "questions",
        owner_id: APP_ID,
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: now(),
          locked: false,
        },
        flags: 0,
      },
    ],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        guild_id: GUILD_ID,
        name: "general",
        position: 0,
        permission_overwrites: [],
        parent_id: null,
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
      },
    ],
  };
}

type Where = "guild" | "dm";

/** What a plain member may do in the fake server: view, send, embed links, read history. */
export const MEMBER_PERMISSIONS = "274877991936";
/** A member who may also manage the server (Manage Server, bit 5). */
export const MANAGER_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 5n));

function interactionBase(
  type: number,
  author: FakeUser,
  where: Where,
  permissions: string = MEMBER_PERMISSIONS,
) {
  const base = {
    id: snowflake(),
    application_id: APP_ID,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    app_permissions: "274877991936",
    locale: "en-US",
    entitlements: [],
    attachment_size_limit: 8_388_608,
  };
  if (where === "dm") {
    return {
      ...base,
      channel: { id: DM_CHANNEL_ID, type: 1, recipients: [author] },
      channel_id: DM_CHANNEL_ID,
      user: author,
      context: 1,
      authorizing_integration_owners: { "0": GUILD_ID },
    };
  }
  return {
    ...base,
    guild_id: GUILD_ID,
    guild_locale: "en-US",
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "general" },
    channel_id: CHANNEL_ID,
    member: {
      user: author,
      roles: [],
      joined_at: now(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions,
    },
    context: 0,
    authorizing_integration_owners: { "0": GUILD_ID },
  };
}

export type StringOptions = Record<string, string>;

/** INTERACTION_CREATE for a slash command with string options. */
export function slashCommand(
  name: string,
  options: StringOptions = {},
  {
    author = user(),
    where = "guild" as Where,
    permissions = MEMBER_PERMISSIONS,
  }: { author?: FakeUser; where?: Where; permissions?: string } = {},
) {
  return {
    ...interactionBase(2, author, where, permissions),
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value })),
    },
  };
}

/**
 * INTERACTION_CREATE for autocomplete (type 4): `focused` is the option being typed, `others`
 * the options already filled in (Discord sends them along).
 */
export function autocomplete(
  name: string,
  focused: string,
  typed: string,
  { author = user(), where = "guild" as Where, others = {} as StringOptions } = {},
) {
  return {
    ...interactionBase(4, author, where),
    data: {
      id: snowflake(),
      name,
      type: 1,
      options: [
        ...Object.entries(others).map(([option, value]) => ({ name: option, type: 3, value })),
        { name: focused, type: 3, value: typed, focused: true },
      ],
    },
  };
}

/** INTERACTION_CREATE for a click on a button (type 3) of a message the bot sent. */
export function buttonClick(
  customId: string,
  { author = user(), where = "guild" as Where, message = botMessage(CHANNEL_ID) } = {},
) {
  return {
    ...interactionBase(3, author, where),
    data: { custom_id: customId, component_type: 2 },
    message,
  };
}

export function botMessage(channelId: string, body: Record<string, unknown> = {}) {
  return message({ channelId, author: BOT_USER, content: "", ...body });
}

/** A message object, as in MESSAGE_CREATE and in REST answers. */
export function message({
  channelId,
  author,
  content,
  guildId,
  mentions = [],
  ...rest
}: {
  channelId: string;
  author: FakeUser;
  content: string;
  guildId?: string;
  mentions?: FakeUser[];
  [field: string]: unknown;
}) {
  return {
    id: snowflake(),
    channel_id: channelId,
    ...(guildId ? { guild_id: guildId } : {}),
    author,
    content,
    timestamp: now(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: content.includes("@everyone"),
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...rest,
  };
}

/** MESSAGE_CREATE in the server's text channel; `mentionBot` puts the bot in `mentions` (and the text). */
export function channelMessage(
  content: string,
  {
    author = user(),
    mentionBot = true,
    channelId = CHANNEL_ID,
  }: { author?: FakeUser; mentionBot?: boolean; channelId?: string } = {},
) {
  return {
    ...message({
      channelId,
      guildId: GUILD_ID,
      author,
      content,
      mentions: mentionBot ? [BOT_USER] : [],
    }),
    channel_type: channelId === THREAD_ID ? 11 : 0,
    member: { roles: [], joined_at: now(), deaf: false, mute: false, flags: 0 },
  };
}

/**
 * MESSAGE_CREATE in the bot's DM channel with `author`. Discord sends `channel_type` with
 * it; without it discord.js cannot tell an uncached DM channel apart and drops the message.
 */
export function directMessage(content: string, { author = user() } = {}) {
  return { ...message({ channelId: DM_CHANNEL_ID, author, content }), channel_type: 1 };
}
