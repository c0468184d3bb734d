namespace ChatCoach.Core.Workouts;

/// <summary>An entry with its training day settled (the day it names, or the user's local day).</summary>
public sealed record DatedEntry(LoggedEntry Entry, DateOnly Date);
