-- What the coach already said or heard about a user's training day: a rest warning or a nudge is given once per day
-- and exercise, and a pain report blocks that day's progression nudges.
CREATE TABLE coach_notes (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  note_date TEXT NOT NULL,
  subject TEXT NOT NULL,
  kind TEXT NOT NULL,
  PRIMARY KEY (user_id, note_date, subject, kind)
);
