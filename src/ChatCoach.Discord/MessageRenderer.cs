using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.Core.Chat;

namespace ChatCoach.Discord;

/// <summary>
/// Turns a core <see cref="Reply"/> into Discord messages: markdown content split at 2000 characters (buttons on the
/// last part), or one embed for how-tos and summaries, buttons as components, charts as an embed image upload.
/// </summary>
internal static class MessageRenderer
{
    public const int ContentLimit = 2000;
    public const int EmbedTitleLimit = 256;
    public const int EmbedDescriptionLimit = 4096;
    public const int EmbedTotalLimit = 6000;
    public const int CustomIdLimit = 100;
    private const int ButtonsPerRow = 5;
    private const int Rows = 5;
    private const int ButtonLabelLimit = 80;
    private const int EmbedColor = 0x2F855A;

    public static IReadOnlyList<OutgoingMessage> Render(Reply reply)
    {
        var file = reply.Attachment;
        var image = file is { IsImage: true } ? file : null;
        var wantsEmbed = reply.Kind is ReplyKind.HowTo or ReplyKind.Summary or ReplyKind.Board or ReplyKind.Stats || image is not null;
        if (wantsEmbed && Embed(reply, image) is { } embed)
        {
            var payload = new JsonObject { ["embeds"] = new JsonArray(embed) };
            return [Finish(payload, reply, file)];
        }

        var parts = Split(string.Join('\n', DiscordMarkdown.Lines(reply.Blocks)));
        var messages = new List<OutgoingMessage>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var payload = new JsonObject { ["content"] = parts[i] };
            if (i == parts.Count - 1)
            {
                if (image is not null)
                {
                    // The text was too long for an embed: the chart still shows, as an image-only embed.
                    payload["embeds"] = new JsonArray(new JsonObject { ["color"] = EmbedColor, ["image"] = ImageOf(image) });
                }

                messages.Add(Finish(payload, reply, file));
            }
            else
            {
                messages.Add(new OutgoingMessage(WithMentionsOff(payload), null));
            }
        }

        return messages;
    }

    /// <summary>Components for the reply's buttons: rows of at most five; commands that do not fit a custom_id are left out.</summary>
    public static JsonArray? Components(IReadOnlyList<ReplyAction> actions)
    {
        var buttons = actions.Where(a => IsValidCommand(a.Command)).Take(ButtonsPerRow * Rows).ToList();
        if (buttons.Count == 0)
        {
            return null;
        }

        var rows = new JsonArray();
        foreach (var chunk in buttons.Chunk(ButtonsPerRow))
        {
            var row = new JsonArray();
            foreach (var action in chunk)
            {
                row.Add(new JsonObject
                {
                    ["type"] = 2,

                    // Danger (4) marks what erases data; everything else is secondary (2).
                    ["style"] = action.Command.Contains("forget", StringComparison.OrdinalIgnoreCase) ? 4 : 2,
                    ["label"] = Truncate(action.Label, ButtonLabelLimit),
                    ["custom_id"] = action.Command,
                });
            }

            rows.Add(new JsonObject { ["type"] = 1, ["components"] = row });
        }

        return rows;
    }

    /// <summary>A button's custom_id is sent back as text: only commands, short and printable, are accepted.</summary>
    public static bool IsValidCommand(string? command) =>
        command is { Length: > 1 and <= CustomIdLimit } && command[0] == '/' && !command.Any(char.IsControl);

    /// <summary>Splits at line boundaries into parts of at most 2000 characters; a longer line is cut.</summary>
    public static List<string> Split(string text, int limit = ContentLimit)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            while (line.Length > limit)
            {
                Flush();
                var cut = char.IsHighSurrogate(line[limit - 1]) ? limit - 1 : limit;
                parts.Add(line[..cut]);
                line = line[cut..];
            }

            if (current.Length > 0 && current.Length + 1 + line.Length > limit)
            {
                Flush();
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line);
        }

        Flush();
        return parts.Count == 0 ? [string.Empty] : parts;

        void Flush()
        {
            if (current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static JsonObject? Embed(Reply reply, ReplyAttachment? image)
    {
        var title = reply.Title is { } t ? DiscordMarkdown.Escape(t) : null;
        var body = reply.Title is null ? reply.Blocks : reply.Blocks.Skip(1);
        var description = string.Join('\n', DiscordMarkdown.Lines(body));
        if ((title?.Length ?? 0) > EmbedTitleLimit || description.Length > EmbedDescriptionLimit || (title?.Length ?? 0) + description.Length > EmbedTotalLimit)
        {
            return null;
        }

        var embed = new JsonObject { ["color"] = EmbedColor };
        if (title is not null)
        {
            embed["title"] = title;
        }

        if (description.Length > 0)
        {
            embed["description"] = description;
        }

        if (image is not null)
        {
            embed["image"] = ImageOf(image);
        }

        return embed;
    }

    private static JsonObject ImageOf(ReplyAttachment image) => new() { ["url"] = "attachment://" + image.FileName };

    private static OutgoingMessage Finish(JsonObject payload, Reply reply, ReplyAttachment? file)
    {
        if (Components(reply.Actions) is { } components)
        {
            payload["components"] = components;
        }

        if (file is not null)
        {
            payload["attachments"] = new JsonArray(new JsonObject { ["id"] = 0, ["filename"] = file.FileName });
        }

        return new OutgoingMessage(WithMentionsOff(payload), file);
    }

    /// <summary>Replies echo user text: never let it ping anyone.</summary>
    private static JsonObject WithMentionsOff(JsonObject payload)
    {
        payload["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() };
        return payload;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
