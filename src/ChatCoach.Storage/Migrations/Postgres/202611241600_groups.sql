-- Group accountability channels: settings, members, check-ins, sent milestones, and job claims.
CREATE TABLE chat_groups (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  enabled BOOLEAN NOT NULL,
  time_zone TEXT NOT NULL,
  digest_day INTEGER NOT NULL,
  digest_time TEXT NOT NULL,
  reminder_day INTEGER NOT NULL,
  reminder_time TEXT NOT NULL,
  plain_logs BOOLEAN NOT NULL,
  admin_platform_user_id TEXT,
  enabled_at TIMESTAMPTZ,
  created_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, chat_id)
);

CREATE TABLE group_members (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  weekly_goal INTEGER NOT NULL,
  share_weights BOOLEAN NOT NULL,
  remind BOOLEAN NOT NULL,
  joined_at TIMESTAMPTZ NOT NULL,
  reminded_week DATE,
  welcome_back_sent BOOLEAN NOT NULL,
  PRIMARY KEY (platform, chat_id, user_id),
  FOREIGN KEY (platform, chat_id) REFERENCES chat_groups (platform, chat_id) ON DELETE CASCADE
);

CREATE INDEX ix_group_members_user ON group_members (user_id);

CREATE TABLE check_ins (
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  day DATE NOT NULL,
  checked_in_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (user_id, day)
);

CREATE TABLE group_milestones (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  milestone TEXT NOT NULL,
  reached_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, chat_id, user_id, milestone)
);

-- A claim row decides which process sends a group's digest or reminder for a period: the first insert wins.
CREATE TABLE group_job_claims (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  job TEXT NOT NULL,
  period TEXT NOT NULL,
  claimed_by TEXT NOT NULL,
  claimed_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (platform, chat_id, job, period)
);
