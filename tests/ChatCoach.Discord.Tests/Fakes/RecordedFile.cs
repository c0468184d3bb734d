namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>A file part of a multipart request.</summary>
internal sealed record RecordedFile(string Name, string FileName, string ContentType, byte[] Bytes);
