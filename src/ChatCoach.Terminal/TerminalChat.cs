using ChatCoach.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Terminal;

/// <summary>
/// The interactive chat on stdin/stdout, as the local user. A line starting with <c>#name</c> is said in the group
/// chat of that name. When input ends, the host stops.
/// </summary>
public sealed class TerminalChat(
    IChatHandler handler,
    TerminalConsole console,
    IOptions<TerminalOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<TerminalChat> logger) : BackgroundService, IChatSender
{
    private readonly string _user = options.Value.UserName ?? Environment.UserName;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    // The core takes a message id it has seen before for a redelivery and ignores it, so ids must never repeat across
    // runs on one database. A counter seeded from the clock repeats when the clock steps back or a piped run handles
    // more than one message a millisecond; a fresh prefix per run cannot.
    private readonly string _run = Guid.CreateVersion7(clock.GetUtcNow()).ToString("N");
    private long _messageNumber;

    public ChatPlatform Platform => ChatPlatform.Terminal;

    public async Task SendAsync(ChatAddress to, Reply reply, CancellationToken ct) =>
        await WriteAsync(reply, to.IsGroup ? $"#{to.ChatId}" : null, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await console.Output.WriteLineAsync($"ChatCoach terminal chat. You are '{_user}'. Type /help, or log a set like: deadlift 3x5 100kg. Ctrl+D to quit.");
        while (!stoppingToken.IsCancellationRequested)
        {
            await console.Output.WriteAsync("you> ");
            await console.Output.FlushAsync(stoppingToken);

            // Console reads cannot be cancelled; waiting on them with the token lets shutdown proceed without input.
            var line = await Task.Run(console.Input.ReadLine, CancellationToken.None).WaitAsync(stoppingToken);
            if (line is null)
            {
                Log.InputClosed(logger);
                lifetime.StopApplication();
                return;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (chat, text) = Address(line);
            var message = new InboundMessage(chat, _user, _user, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_run}-{Interlocked.Increment(ref _messageNumber)}"), text, clock.GetUtcNow())
            {
                AddressesCoach = !chat.IsGroup || text.Contains("@coach", StringComparison.OrdinalIgnoreCase),
            };

            // A message already read is handled to the end even when shutdown starts: nothing half-written.
            var replies = await handler.HandleAsync(message, CancellationToken.None);
            foreach (var reply in replies)
            {
                await WriteAsync(reply, chat.IsGroup && reply.PrivateToUserId is null ? $"#{chat.ChatId}" : null, CancellationToken.None);
            }
        }
    }

    private static (ChatAddress Chat, string Text) Address(string line)
    {
        if (line.StartsWith('#'))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 1)
            {
                return (new ChatAddress(ChatPlatform.Terminal, line[1..space], IsGroup: true), line[(space + 1)..]);
            }
        }

        return (new ChatAddress(ChatPlatform.Terminal, "local", IsGroup: false), line);
    }

    private async Task WriteAsync(Reply reply, string? where, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            var heading = where is null ? $"coach ({reply.Kind.Name()}):" : $"coach in {where} ({reply.Kind.Name()}):";
            await console.Output.WriteLineAsync(heading);
            await console.Output.WriteLineAsync(TerminalRenderer.Render(reply, "  "));
            if (reply.Attachment is { } file)
            {
                var path = await SaveAsync(file, ct);
                await console.Output.WriteLineAsync($"  saved {file.FileName} to {path}");
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<string> SaveAsync(ReplyAttachment file, CancellationToken ct)
    {
        var folder = Path.GetFullPath(options.Value.OutputPath);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Path.GetFileName(file.FileName));
        await File.WriteAllBytesAsync(path, file.Content.ToArray(), ct);
        return path;
    }

    public override void Dispose()
    {
        _writeLock.Dispose();
        base.Dispose();
    }
}

/// <summary>The terminal's input and output, injectable so tests can drive the chat with strings.</summary>
public sealed record TerminalConsole(TextReader Input, TextWriter Output);
