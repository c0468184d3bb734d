namespace ChatCoach.Discord.Rest;

/// <summary>
/// One REST call. <see cref="Route"/> is the path template ("channels/{id}/messages") that names the call in logs and
/// rate-limit keys, so ids and interaction tokens never reach a log; <see cref="MajorId"/> is the top-level resource
/// (channel, guild, webhook) that Discord's buckets are split by.
/// </summary>
internal sealed record RestRequest(HttpMethod Method, string Route, string MajorId, string Path)
{
    /// <summary>Builds the body afresh for each attempt (a sent content cannot be sent again); null for no body.</summary>
    public Func<HttpContent>? Content { get; init; }

    /// <summary>Interaction callbacks and webhooks are exempt from the global limit and must not wait behind it.</summary>
    public bool ExemptFromGlobalLimit { get; init; }
}
