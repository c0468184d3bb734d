-- Workout logs: one row per logging message, its sets, and each user's personal records.
-- Log ids are AUTOINCREMENT: an Undo button names its log, and an id must never come back for a newer log.
CREATE TABLE workout_logs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  source_message_id TEXT NOT NULL,
  logged_at TEXT NOT NULL
);

CREATE INDEX ix_workout_logs_user ON workout_logs (user_id, id);
CREATE INDEX ix_workout_logs_source ON workout_logs (platform, chat_id, source_message_id);

CREATE TABLE workout_sets (
  id INTEGER PRIMARY KEY,
  log_id INTEGER NOT NULL REFERENCES workout_logs (id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  exercise_id TEXT NOT NULL,
  exercise_name TEXT NOT NULL,
  training_date TEXT NOT NULL,
  set_number INTEGER NOT NULL,
  reps INTEGER,
  weight REAL,
  unit TEXT,
  seconds INTEGER,
  rpe REAL
);

CREATE INDEX ix_workout_sets_log ON workout_sets (log_id);
CREATE INDEX ix_workout_sets_user_exercise_date ON workout_sets (user_id, exercise_id, training_date);
CREATE INDEX ix_workout_sets_user_date ON workout_sets (user_id, training_date);

CREATE TABLE personal_records (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  exercise_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  reps INTEGER NOT NULL,
  value REAL NOT NULL,
  weight REAL,
  unit TEXT,
  set_reps INTEGER,
  seconds INTEGER,
  achieved_on TEXT NOT NULL,
  PRIMARY KEY (user_id, exercise_id, kind, reps)
);
