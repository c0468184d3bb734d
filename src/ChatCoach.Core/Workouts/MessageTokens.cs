namespace ChatCoach.Core.Workouts;

/// <summary>A tokenized message: the tokens, what each word means, and what each token has been taken for so far.</summary>
internal sealed record MessageTokens(string Body, List<NotationToken> Tokens, NotationWord[] Words, TokenRole[] Roles);
