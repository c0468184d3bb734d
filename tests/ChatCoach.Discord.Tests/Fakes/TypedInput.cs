using System.Threading.Channels;

namespace ChatCoach.Discord.Tests.Fakes;

/// <summary>
/// A terminal's input that someone types into: <see cref="ReadLine"/> waits for the next line, and returns null
/// (end of input, like Ctrl+D) once <see cref="Close"/> is called. A StringReader would end at once, and the
/// terminal chat stops the host when its input ends.
/// </summary>
internal sealed class TypedInput : TextReader
{
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    public void Type(string line) => _lines.Writer.TryWrite(line);

    public override void Close() => _lines.Writer.TryComplete();

    public override string? ReadLine()
    {
        // The terminal chat calls this on a pool thread of its own; blocking it is what a console does.
        try
        {
            return _lines.Reader.ReadAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    protected override void Dispose(bool disposing)
    {
        Close();
        base.Dispose(disposing);
    }
}
