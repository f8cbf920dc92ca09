-- One B-tree less for every stored set: a personal record re-read after a void reads the
-- athlete's sets through completed_set_history (athlete_id first), as every other read by athlete does.
DROP INDEX completed_set_athlete_exercise;
