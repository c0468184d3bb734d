namespace ChatCoach.Core.Tests.Workouts;

/// <summary>A generated message, wrapped so that its generator does not replace FsCheck's strings everywhere.</summary>
public sealed record NotationText(string Value)
{
    public override string ToString() => Value;
}
