namespace ChatCoach.Core.Workouts;

/// <summary>What a token has already been taken for, so that later passes skip it.</summary>
internal enum TokenRole : byte
{
    None,
    Name,
    Date,
}
