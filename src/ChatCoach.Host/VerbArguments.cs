namespace ChatCoach.Host;

/// <summary>
/// A verb's arguments: its own flags and positionals, plus configuration overrides written as <c>--Section:Key=value</c>
/// (or <c>--Section:Key value</c>) that go to the host's configuration.
/// </summary>
internal sealed class VerbArguments
{
    private readonly Dictionary<string, string?> _flags = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public List<string> ConfigurationArgs { get; } = [];

    public bool Help { get; private set; }

    public bool Has(string flag) => _flags.ContainsKey(flag);

    public string? Value(string flag) => _flags.GetValueOrDefault(flag);

    /// <summary>Reads the args after the verb. <paramref name="valueFlags"/> take a value; <paramref name="switches"/> don't.</summary>
    public static VerbArguments Parse(string verb, IReadOnlyList<string> args, string[] valueFlags, string[] switches, int maxPositionals)
    {
        var result = new VerbArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                result.Help = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                result.ConfigurationArgs.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
                {
                    result.ConfigurationArgs.Add(args[++i]);
                }
            }
            else if (valueFlags.Contains(arg, StringComparer.Ordinal))
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"{verb}: {arg} needs a value");
                }

                result._flags[arg] = args[++i];
            }
            else if (switches.Contains(arg, StringComparer.Ordinal))
            {
                result._flags[arg] = null;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                throw new UsageException($"{verb}: unknown option {arg}");
            }
            else
            {
                if (result.Positionals.Count >= maxPositionals)
                {
                    throw new UsageException($"{verb}: unexpected argument '{arg}'");
                }

                result.Positionals.Add(arg);
            }
        }

        return result;
    }
}
