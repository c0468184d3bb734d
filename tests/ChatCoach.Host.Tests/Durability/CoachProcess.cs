using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace ChatCoach.Host.Tests.Durability;

/// <summary>
/// The real <c>chatcoach run</c> as a child process: the terminal chat on redirected stdin/stdout over one SQLite file.
/// Standard output is read as it comes, and every logged reply becomes an <see cref="Acknowledgement"/>.
/// Disposing kills the process if it is still running, so no child outlives a test.
/// </summary>
internal sealed partial class CoachProcess : IAsyncDisposable
{
    private const string Banner = "ChatCoach terminal chat.";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Process _process;
    private readonly Channel<Acknowledgement> _replies = Channel.CreateUnbounded<Acknowledgement>();
    private readonly List<Acknowledgement> _acknowledged = [];
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    private CoachProcess(Process process)
    {
        _process = process;
        _reading = Task.WhenAll(ReadOutputAsync(), ReadErrorsAsync());
    }

    /// <summary>Everything the coach acknowledged; complete once the process has exited.</summary>
    public IReadOnlyList<Acknowledgement> Acknowledged
    {
        get
        {
            lock (_acknowledged)
            {
                return [.. _acknowledged];
            }
        }
    }

    /// <summary>What the coach printed on stdout and stderr so far, for failure messages.</summary>
    public string Transcript
    {
        get
        {
            lock (_output)
            {
                return $"--- stdout ---\n{_output}\n--- stderr ---\n{_errors}";
            }
        }
    }

    /// <summary>Starts <c>dotnet chatcoach.dll run</c> from the test's output folder, where the Host project's build lands.</summary>
    public static CoachProcess Start(string databasePath, string workingDirectory)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "chatcoach.dll");
        if (!File.Exists(program))
        {
            throw new FileNotFoundException("The host's build output is not beside the tests.", program);
        }

        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        info.ArgumentList.Add(program);
        info.ArgumentList.Add("run");
        info.ArgumentList.Add($"--Storage:SqlitePath={databasePath}");
        info.ArgumentList.Add("--Terminal:UserName=ana");

        // The test must only ever touch local files: no platform adapter, whatever tokens the machine has configured
        // in the environment or in user secrets (the command line wins over both).
        info.ArgumentList.Add("--Telegram:BotToken=");
        info.ArgumentList.Add("--Discord:BotToken=");
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("CHATCOACH_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        return new CoachProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Waits for the chat's greeting: migrations are applied and the chat reads input.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The coach did not start within {timeout.TotalSeconds} s.\n{Transcript}");
        }
    }

    /// <summary>Writes the lines to the chat's input in one write, as a person pasting them would.</summary>
    public async Task SendAsync(params IEnumerable<string> lines)
    {
        await _process.StandardInput.WriteAsync(string.Concat(lines.Select(l => l + "\n")));
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>The next logged reply, in the order the coach printed them.</summary>
    public async Task<Acknowledgement> NextAcknowledgementAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _replies.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No logged reply within {timeout.TotalSeconds} s.\n{Transcript}");
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The coach's output ended before the reply (exit code {ExitCodeText()}).\n{Transcript}");
        }
    }

    /// <summary>Sends SIGKILL (on Windows, TerminateProcess) and waits until the process is gone and its output read.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The coach exited by itself (exit code {_process.ExitCode}) before it was killed.\n{Transcript}");
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await _reading;
    }

    /// <summary>Ends the chat's input (Ctrl+D) and returns the exit code of the clean shutdown that follows.</summary>
    public async Task<int> CloseInputAsync(TimeSpan timeout)
    {
        _process.StandardInput.Close();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The coach did not stop within {timeout.TotalSeconds} s of its input ending.\n{Transcript}");
        }

        await _reading;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            await _reading;
        }
        finally
        {
            _process.Dispose();
        }
    }

    private string ExitCodeText() =>
        _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "still running";

    private async Task ReadOutputAsync()
    {
        string? kind = null;
        Acknowledgement? pending = null;
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            lock (_output)
            {
                _output.Append(line).Append('\n');
            }

            if (line.Contains(Banner, StringComparison.Ordinal))
            {
                _ready.TrySetResult();
            }

            if (HeadingLine().Match(line) is { Success: true } heading)
            {
                Acknowledge(ref pending);
                kind = heading.Groups["kind"].Value;
            }
            else if (kind == "logged" && pending is null && LoggedLine().Match(line) is { Success: true } logged)
            {
                // The echo is printed only after the commit, so this line alone is evidence of an acknowledged log.
                // A line cut off by the kill never matches: the weight is only read when " kg" follows it.
                pending = new Acknowledgement(
                    decimal.Parse(logged.Groups["weight"].Value, CultureInfo.InvariantCulture),
                    logged.Groups["sets"].Success ? int.Parse(logged.Groups["sets"].Value, CultureInfo.InvariantCulture) : 1,
                    int.Parse(logged.Groups["reps"].Value, CultureInfo.InvariantCulture),
                    LogId: null);
            }
            else if (pending is not null && UndoLine().Match(line) is { Success: true } undo)
            {
                pending = pending with { LogId = long.Parse(undo.Groups["id"].Value, CultureInfo.InvariantCulture) };
                Acknowledge(ref pending);
            }
        }

        Acknowledge(ref pending);
        _replies.Writer.TryComplete();
        _ready.TrySetException(new InvalidOperationException($"The coach's output ended before its greeting.\n{Transcript}"));
    }

    private void Acknowledge(ref Acknowledgement? pending)
    {
        if (pending is null)
        {
            return;
        }

        lock (_acknowledged)
        {
            _acknowledged.Add(pending);
        }

        _replies.Writer.TryWrite(pending);
        pending = null;
    }

    private async Task ReadErrorsAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_output)
            {
                _errors.Append(line).Append('\n');
            }
        }
    }

    // The prompt "you> " has no newline, so a heading usually arrives as "you> coach (logged):".
    [GeneratedRegex(@"coach \((?<kind>[a-z-]+)\):$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLine();

    // "• Deadlift: 20.5 kg × 5" for one set, "• Deadlift: 3×5 @ 20.5 kg" for several. The separators are matched
    // loosely so that an output encoding without × or • cannot hide a reply.
    [GeneratedRegex(@"^\s*\S Deadlift: (?:(?<sets>\d+)\S(?<reps>\d+) @ (?<weight>\d+(?:\.\d+)?) kg|(?<weight>\d+(?:\.\d+)?) kg \S (?<reps>\d+))", RegexOptions.CultureInvariant)]
    private static partial Regex LoggedLine();

    [GeneratedRegex(@"\[Undo: /undo (?<id>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex UndoLine();
}
