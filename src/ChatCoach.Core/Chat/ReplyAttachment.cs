namespace ChatCoach.Core.Chat;

/// <summary>A file that goes with a reply: a chart image (PNG) or an export (CSV).</summary>
/// <param name="FileName">An ASCII file name such as <c>deadlift-progress.png</c>.</param>
/// <param name="ContentType">The media type, <c>image/png</c> or <c>text/csv</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record ReplyAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
