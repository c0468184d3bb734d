-- Users, their platform identities, chats, and the record of handled inbound messages.
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  display_name TEXT NOT NULL,
  unit TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE user_identities (
  platform TEXT NOT NULL,
  platform_user_id TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (platform, platform_user_id)
);

CREATE INDEX ix_user_identities_user ON user_identities (user_id);

CREATE TABLE chats (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  is_group INTEGER NOT NULL,
  first_seen_at TEXT NOT NULL,
  PRIMARY KEY (platform, chat_id)
);

CREATE TABLE inbound_messages (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  delivery_key TEXT NOT NULL,
  user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
  handled_at TEXT NOT NULL,
  PRIMARY KEY (platform, chat_id, delivery_key)
);

CREATE INDEX ix_inbound_messages_user ON inbound_messages (user_id);

-- The platform messages that carry the coach's replies, so a reply to one can be traced to what it echoed.
CREATE TABLE delivered_replies (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  message_id TEXT NOT NULL,
  reference TEXT NOT NULL,
  delivered_at TEXT NOT NULL,
  PRIMARY KEY (platform, chat_id, message_id)
);
