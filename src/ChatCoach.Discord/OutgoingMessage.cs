using System.Text.Json.Nodes;
using ChatCoach.Core.Chat;

namespace ChatCoach.Discord;

/// <summary>One Discord message a reply becomes: a JSON body without routing fields, and the file that goes with it.</summary>
internal sealed record OutgoingMessage(JsonObject Payload, ReplyAttachment? File);
