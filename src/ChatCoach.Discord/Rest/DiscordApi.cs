using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.Core.Chat;

namespace ChatCoach.Discord.Rest;

/// <summary>The few REST calls the coach makes, each named by its route template.</summary>
internal sealed class DiscordApi(DiscordRestClient rest)
{
    public Task<RestResponse> GetGatewayBotAsync(CancellationToken ct) =>
        rest.SendAsync(new RestRequest(HttpMethod.Get, "gateway/bot", "-", "gateway/bot"), ct);

    public Task<RestResponse> CreateMessageAsync(string channelId, JsonObject payload, ReplyAttachment? file, CancellationToken ct) =>
        rest.SendAsync(new RestRequest(HttpMethod.Post, "channels/{channel}/messages", channelId, $"channels/{channelId}/messages") { Content = () => Body(payload, file) }, ct);

    /// <summary>Opens (or finds) the DM channel with a user; its id is in the response.</summary>
    public Task<RestResponse> OpenDmAsync(string userId, CancellationToken ct) =>
        rest.SendAsync(new RestRequest(HttpMethod.Post, "users/@me/channels", "-", "users/@me/channels") { Content = () => Body(new JsonObject { ["recipient_id"] = userId }, null) }, ct);

    /// <summary>Answers an interaction; with a message it returns that message's id (<c>with_response=true</c>).</summary>
    public Task<RestResponse> InteractionCallbackAsync(string interactionId, string token, JsonObject response, ReplyAttachment? file, CancellationToken ct) =>
        rest.SendAsync(
            new RestRequest(HttpMethod.Post, "interactions/{interaction}/{token}/callback", interactionId, $"interactions/{interactionId}/{token}/callback?with_response=true")
            {
                Content = () => Body(response, file),
                ExemptFromGlobalLimit = true,
            },
            ct);

    /// <summary>Edits the deferred ("thinking…") response of an interaction.</summary>
    public Task<RestResponse> EditOriginalAsync(string applicationId, string token, JsonObject payload, ReplyAttachment? file, CancellationToken ct) =>
        rest.SendAsync(
            new RestRequest(HttpMethod.Patch, "webhooks/{application}/{token}/messages/@original", applicationId + "/" + token, $"webhooks/{applicationId}/{token}/messages/@original")
            {
                Content = () => Body(payload, file),
                ExemptFromGlobalLimit = true,
            },
            ct);

    public Task<RestResponse> FollowUpAsync(string applicationId, string token, JsonObject payload, ReplyAttachment? file, CancellationToken ct) =>
        rest.SendAsync(
            new RestRequest(HttpMethod.Post, "webhooks/{application}/{token}", applicationId + "/" + token, $"webhooks/{applicationId}/{token}?wait=true")
            {
                Content = () => Body(payload, file),
                ExemptFromGlobalLimit = true,
            },
            ct);

    /// <summary>Replaces all slash commands, globally or in one guild.</summary>
    public Task<RestResponse> OverwriteCommandsAsync(string applicationId, string? guildId, JsonArray commands, CancellationToken ct)
    {
        var path = guildId is null ? $"applications/{applicationId}/commands" : $"applications/{applicationId}/guilds/{guildId}/commands";
        var route = guildId is null ? "applications/{application}/commands" : "applications/{application}/guilds/{guild}/commands";
        return rest.SendAsync(new RestRequest(HttpMethod.Put, route, applicationId, path) { Content = () => Json(commands) }, ct);
    }

    /// <summary>JSON, or multipart with <c>payload_json</c> and <c>files[0]</c> when a file goes along.</summary>
    private static HttpContent Body(JsonObject payload, ReplyAttachment? file)
    {
        if (file is null)
        {
            return Json(payload);
        }

        var form = new MultipartFormDataContent();
        form.Add(Json(payload), "payload_json");
        var bytes = new ReadOnlyMemoryContent(file.Content);
        bytes.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);

        // Unquoted: .NET quotes the name itself; a pre-quoted name would end up percent-encoded in filename*.
        form.Add(bytes, "files[0]", file.FileName);
        return form;
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");
}
