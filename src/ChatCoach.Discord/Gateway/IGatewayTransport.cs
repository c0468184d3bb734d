namespace ChatCoach.Discord.Gateway;

/// <summary>
/// One gateway connection carrying whole text frames. The seam between the protocol and the socket: production uses
/// <see cref="WebSocketGatewayTransport"/>; a library could replace it without touching the gateway logic.
/// </summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken ct);

    /// <summary>Send one text frame. Callers serialise sends; the transport does not.</summary>
    Task SendTextAsync(string text, CancellationToken ct);

    /// <summary>Receive the next whole text message, or null when the server closed (then <see cref="CloseStatus"/> is set).</summary>
    Task<string?> ReceiveTextAsync(CancellationToken ct);

    /// <summary>The code the server closed with, once it did.</summary>
    int? CloseStatus { get; }

    /// <summary>Send a close frame with the code (4000 to keep the session resumable) and let go of the socket.</summary>
    Task CloseAsync(int code, string reason, CancellationToken ct);

    /// <summary>Drop the connection at once; a pending receive fails. The session stays resumable.</summary>
    void Abort();
}
