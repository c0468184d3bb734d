using ChatCoach.Core.Workouts;

namespace ChatCoach.Core.Recovery;

/// <summary>What a recovery rule found: a region trained too recently, when, and with what.</summary>
public sealed record RestAdvice(RecoveryRule Rule, DateOnly LastSession, IReadOnlyList<StoredSet> LastSets);
